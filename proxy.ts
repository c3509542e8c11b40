import { NextResponse, type NextRequest } from "next/server";
import { NEW_CODE_COOKIE, NEW_CODE_HEADER, NEW_CODE_PATH } from "@/lib/http/new-code-cookie";

// Every page gets a fresh nonce: Next.js adds it to its own scripts when it finds the CSP on the
// request, so no inline script runs without it.
export function proxy(request: NextRequest) {
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
  // Only this proxy may hand a new sign-in code to the welcome page, and only once.
  requestHeaders.delete(NEW_CODE_HEADER);
  const newCode = request.nextUrl.pathname === NEW_CODE_PATH ? request.cookies.get(NEW_CODE_COOKIE)?.value : undefined;
  if (newCode) requestHeaders.set(NEW_CODE_HEADER, encodeURIComponent(newCode));

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (newCode) response.cookies.set(NEW_CODE_COOKIE, "", { path: NEW_CODE_PATH, maxAge: 0, httpOnly: true, sameSite: "lax" });
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
  ],
};
