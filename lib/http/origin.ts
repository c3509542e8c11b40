import "server-only";

/**
 * State-changing requests from a browser must come from this site. Browsers always send Origin on
 * POST/PUT/PATCH/DELETE; a request without one is not from a browser page and cannot carry a
 * victim's cookies cross-site (SameSite=Lax), so it is let through.
 */
export function isSameSite(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (origin === null) return true;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  try {
    return Boolean(host) && new URL(origin).host === host;
  } catch {
    return false;
  }
}
