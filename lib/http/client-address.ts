import "server-only";

/**
 * The client's address: the first hop of X-Forwarded-For (set by the web worker from the socket,
 * or by the proxy in front of the app when TRUST_PROXY=1), then X-Real-IP; "unknown" groups every
 * request without either under one counter.
 */
export function clientAddress(req: Request): string {
  const first = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (first) return first.slice(0, 64);
  const real = req.headers.get("x-real-ip")?.trim();
  return real ? real.slice(0, 64) : "unknown";
}
