import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { pathLocale } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";
import { NEW_CODE_COOKIE, NEW_CODE_HEADER, NEW_CODE_PATH } from "@/lib/http/new-code-cookie";

// next-intl's locale routing: /sq/… and /sr/… are the Albanian and Serbian pages (app/[locale]/…
// with "sq" and "sr-Latn"), the unprefixed paths the English ones ("en"). It hands the page its
// language in its own request header, which it sets on every request it routes, so a client
// cannot choose it.
const localeRouting = createMiddleware(routing);

// The methods the app answers; a page asked with any other (WebDAV verbs, made-up ones) is refused
// here, the same under `npm start`, `next start`, `next dev` and a standalone server.
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};
const REFUSAL_CSP = "default-src 'none'; frame-ancestors 'none'";

function refusal(status: number, error: string, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json(
    { error },
    { status, headers: { ...SECURITY_HEADERS, "Content-Security-Policy": REFUSAL_CSP, ...headers } },
  );
}

/**
 * Requests no route could serve: a 4xx with a sentence before any route runs. (A JSON route's unknown
 * method gets Next.js's own 400 before its code runs; TRACE, TRACK and CONNECT, which a Fetch API
 * Request cannot carry, never reach the proxy: see scripts/serve.ts.)
 */
function refuse(request: NextRequest, api: boolean): NextResponse | null {
  if (!api && !METHODS.includes(request.method)) {
    return refusal(405, `The method ${request.method.slice(0, 20)} is not supported.`, { Allow: METHODS.join(", ") });
  }
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return refusal(400, "The address has a malformed percent-escape (such as %E0%A4%A).");
  }
  return null;
}

/**
 * Rate limits count per client address (lib/http/client-address.ts). Next.js fills X-Forwarded-For
 * with the socket's address only when the request has none, so a client-sent one is taken off here,
 * before any route reads it: Next.js then writes the socket's. Behind a trusted proxy
 * (TRUST_PROXY=1) the header is kept; its last entry is the address the proxy saw.
 */
function withoutForgedAddress(headers: Headers): void {
  if (process.env.TRUST_PROXY !== "1") headers.delete("x-forwarded-for");
}

/** HTTPS as the client sees it: behind a trusted proxy, what it says; else this server's own socket. */
function isHttps(request: NextRequest): boolean {
  if (process.env.TRUST_PROXY === "1")
    return request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  return request.nextUrl.protocol === "https:";
}

// Every page gets a fresh nonce: Next.js adds it to its own scripts when it finds the CSP on the
// request, so no inline script runs without it.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // JSON routes carry no script to protect and are the hot path of a class answering at once: the
  // proxy sees them only when they carry X-Forwarded-For or a percent-escape (see config below).
  const api = pathname.startsWith("/api/");
  const refused = refuse(request, api);
  if (refused) return refused;
  if (api) {
    const apiHeaders = new Headers(request.headers);
    withoutForgedAddress(apiHeaders);
    return NextResponse.next({ request: { headers: apiHeaders } });
  }
  // English lives at the unprefixed paths: /en/... is a typed or guessed address, sent home for good
  // (next-intl would send it there too, but with a temporary redirect).
  if (pathname === "/en" || pathname.startsWith("/en/")) {
    // request.url, on the server's own origin (next.config.js skipProxyUrlNormalize), so that
    // Next.js sends the Location as a path; nextUrl writes a loopback host as "localhost".
    const url = new URL(request.url);
    url.pathname = pathname.slice(3) || "/";
    return NextResponse.redirect(url, 308);
  }
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  withoutForgedAddress(requestHeaders);
  // Only this proxy may hand a new sign-in code to the welcome page, and only once.
  requestHeaders.delete(NEW_CODE_HEADER);
  const newCode = pathLocale(pathname).rest === NEW_CODE_PATH ? request.cookies.get(NEW_CODE_COOKIE)?.value : undefined;
  if (newCode) requestHeaders.set(NEW_CODE_HEADER, encodeURIComponent(newCode));

  // next-intl's proxy keeps the request's headers (adding its locale header) on the request it
  // passes on, so it is given the request with the page's headers. Only the headers travel from
  // here: Next.js hands the page the original request's body.
  const response = localeRouting(new NextRequest(request.url, { method: request.method, headers: requestHeaders }));
  if (newCode)
    response.cookies.set(NEW_CODE_COOKIE, "", { path: pathname, maxAge: 0, httpOnly: true, sameSite: "lax" });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  if (isHttps(request)) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

// JSON routes and static files get their (static) security headers from next.config.js instead of a
// proxy run per request. A JSON route's request runs the proxy only when it carries X-Forwarded-For
// (taken off unless a trusted proxy set it) or a percent-escape (checked here: Next.js would answer a
// malformed one with a 500). The matcher sees the path as sent, escapes undecoded.
export const config = {
  matcher: [
    {
      source: "/api/:path*",
      has: [{ type: "header", key: "x-forwarded-for" }],
    },
    "/api/:path(.*%.*)",
    // Every page request, prefetches included (next-intl maps each to its [locale]); not the app's
    // icon, a file at the root of app/ in no language.
    "/((?!api/|_next/static|_next/image|icon\\.svg$).*)",
  ],
};
