import "server-only";
import { cookies } from "next/headers";
import { NextRequest, type NextResponse } from "next/server";
import { db } from "@/lib/db";
import { createGuest, createSession, endSession, findSessionUser, type NewSession, type SessionUser } from "@/lib/accounts/sessions";

// The session cookie, read through Next's cookie API (a malformed value such as `%` or `%ZZ%` reads
// as no cookie, never as an error). Route handlers work on the Request they are given, so they run
// the same in tests; pages read the cookie through next/headers.

export const SESSION_COOKIE = "eventline_session";

export function readCookie(req: Request, name: string): string | undefined {
  const jar = req instanceof NextRequest ? req.cookies : new NextRequest(req.url, { headers: req.headers }).cookies;
  return jar.get(name)?.value;
}

export function isSecureRequest(req: Request): boolean {
  const forwarded = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwarded ? forwarded === "https" : new URL(req.url).protocol === "https:";
}

/** The user signed in on this request (guest, student or teacher), or null. */
export function userFromRequest(req: Request): Promise<SessionUser | null> {
  return findSessionUser(db(), readCookie(req, SESSION_COOKIE));
}

/** Ends this request's session server-side (the caller clears the cookie on its response). */
export function endRequestSession(req: Request): Promise<void> {
  return endSession(db(), readCookie(req, SESSION_COOKIE));
}

/**
 * The learner behind this request. A guest learner is created on first use, so practice needs no
 * account; when `session` is returned, it must be set on the response (setSessionCookie).
 */
export async function learnerForRequest(req: Request): Promise<{ user: SessionUser; session?: NewSession }> {
  const user = await userFromRequest(req);
  if (user) return { user };
  const guest = await createGuest(db());
  return { user: guest, session: await createSession(db(), guest.id) };
}

export function setSessionCookie(res: NextResponse, req: Request, session: NewSession): NextResponse {
  res.cookies.set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: isSecureRequest(req),
    path: "/",
    expires: session.expiresAt,
  });
  return res;
}

export function clearSessionCookie(res: NextResponse): NextResponse {
  res.cookies.set(SESSION_COOKIE, "", { httpOnly: true, sameSite: "lax", path: "/", maxAge: 0 });
  return res;
}

/** For server components: the signed-in user of the page being rendered, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  const jar = await cookies();
  return findSessionUser(db(), jar.get(SESSION_COOKIE)?.value);
}
