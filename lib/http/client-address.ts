import "server-only";

/**
 * The client's address, for rate limits. The web worker (scripts/serve.ts) sets X-Forwarded-For to
 * one address it trusts: the socket's, or behind a proxy (TRUST_PROXY=1) the one the proxy saw.
 * "unknown" groups every request without it under one counter.
 */
export function clientAddress(req: Request): string {
  const first = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first ? first.slice(0, 64) : "unknown";
}
