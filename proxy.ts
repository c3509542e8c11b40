import { NextResponse, type NextRequest } from "next/server";
import { DOCUMENT_HEADER, LOCALE_HEADER, PATH_HEADER } from "@/lib/http/locale-headers";
import { defaultLocale, isLocale, pathLocale } from "@/lib/i18n/locales";
import { NEW_CODE_COOKIE, NEW_CODE_HEADER, NEW_CODE_PATH } from "@/lib/http/new-code-cookie";

/**
 * A browser loading a page (rather than Next.js's client router fetching its payload, whose RSC
 * header the proxy does not get to see): a navigation by Fetch Metadata, or, from a client that
 * sends none, a request that accepts HTML.
 */
function isDocumentNavigation(headers: Headers): boolean {
  const mode = headers.get("sec-fetch-mode");
  if (mode) return mode === "navigate";
  return headers.get("accept")?.includes("text/html") ?? false;
}

// Every page gets a fresh nonce: Next.js adds it to its own scripts when it finds the CSP on the
// request, so no inline script runs without it.
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // English lives at the unprefixed paths: /en/... is a typed or guessed address, sent home.
  if (pathname === "/en" || pathname.startsWith("/en/")) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(3) || "/";
    return NextResponse.redirect(url, 308);
  }
  // /sq/... and /sr/... are the same pages in Albanian and Serbian: the page reads the language
  // from LOCALE_HEADER, set here on every request so that a client cannot choose it by header.
  // Next.js runs the proxy again, in a fresh sandbox, on the request it rewrote (/sq/units/x ->
  // /units/x), carrying the headers the first pass set. That pass keeps the language the first one
  // read from the URL; a client sending these headers itself only changes its own page's language.
  const carried = request.headers.get(LOCALE_HEADER);
  const rewritten = carried !== defaultLocale && isLocale(carried) && request.headers.get(PATH_HEADER) === pathname + search;
  const { locale, rest } = rewritten ? { locale: carried, rest: pathname } : pathLocale(pathname);
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
  requestHeaders.set(LOCALE_HEADER, locale);
  requestHeaders.set(PATH_HEADER, rest + search);
  if (isDocumentNavigation(request.headers)) requestHeaders.set(DOCUMENT_HEADER, "1");
  else requestHeaders.delete(DOCUMENT_HEADER);
  // Only this proxy may hand a new sign-in code to the welcome page, and only once.
  requestHeaders.delete(NEW_CODE_HEADER);
  const newCode = rest === NEW_CODE_PATH ? request.cookies.get(NEW_CODE_COOKIE)?.value : undefined;
  if (newCode) requestHeaders.set(NEW_CODE_HEADER, encodeURIComponent(newCode));

  let response: NextResponse;
  if (locale === defaultLocale || rewritten) response = NextResponse.next({ request: { headers: requestHeaders } });
  else {
    const url = request.nextUrl.clone();
    url.pathname = rest;
    response = NextResponse.rewrite(url, { request: { headers: requestHeaders } });
  }
  if (newCode) response.cookies.set(NEW_CODE_COOKIE, "", { path: pathname, maxAge: 0, httpOnly: true, sameSite: "lax" });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  return response;
}

// JSON routes carry no script to protect and are the hot path of a class answering at once: they
// get their (static) security headers from next.config.js instead of a proxy run per request.
export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
    // Prefetches of the Albanian and Serbian pages need the rewrite too.
    "/sq",
    "/sq/:path*",
    "/sr",
    "/sr/:path*",
  ],
};
