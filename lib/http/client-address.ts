import "server-only";

/**
 * The client's address, for rate limits, from X-Forwarded-For. Without a trusted proxy, proxy.ts
 * takes any client-sent X-Forwarded-For off the request and Next.js writes the socket's address in
 * its place, under `npm start`, `next start`, `next dev` and a standalone server alike: the header
 * then holds one address, the socket's. Behind a reverse proxy (TRUST_PROXY=1) the last entry is the
 * address that proxy saw (the ones before it are whatever the client sent). "unknown" groups every
 * request without it under one counter.
 */
export function clientAddress(req: Request): string {
  const entries = req.headers.get("x-forwarded-for")?.split(",") ?? [];
  const entry = (process.env.TRUST_PROXY === "1" ? entries.at(-1) : entries[0])?.trim();
  return entry ? entry.slice(0, 64) : "unknown";
}
