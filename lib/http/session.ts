import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { NextRequest, type NextResponse } from "next/server";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { LIMITS, limitKeys, recordHit } from "@/lib/rate-limit";
import {
  createGuest,
  createSession,
  endSession,
  findSessionUser,
  sessionTokenHash,
  type NewSession,
  type SessionUser,
} from "@/lib/accounts/sessions";

// The session cookie, read through Next's cookie API (a malformed value such as `%` or `%ZZ%` reads
// as no cookie, never as an error). Route handlers work on the Request they are given, so they run
// the same in tests; pages read the cookie through next/headers.

export const SESSION_COOKIE = "eventline_session";

export function readCookie(req: Request, name: string): string | undefined {
  // NextRequest's own jar (a route handler's request is one); a plain Request (a test's) is read
  // through a NextRequest made of its URL and headers alone.
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

/**
 * The stored form of this request's session token (null without a well-formed one), for a query
 * that reads the session together with what it is about (see findAttemptQuestion).
 */
export function sessionHashOfRequest(req: Request): string | null {
  return sessionTokenHash(readCookie(req, SESSION_COOKIE));
}

/** Ends this request's session server-side (the caller clears the cookie on its response). */
export function endRequestSession(req: Request): Promise<void> {
  return endSession(db(), readCookie(req, SESSION_COOKIE));
}

/**
 * The learner behind this request. A guest learner is created on first use, so practice needs no
 * account; when `session` is returned, it must be set on the response. Guests are counted per
 * address, so a script cannot fill the database with them.
 */
export async function learnerForRequest(
  req: Request,
): Promise<
  | { ok: true; user: SessionUser; session?: NewSession }
  | { ok: false; reason: "guest-slow-down"; retryAfterSeconds: number }
> {
  const user = await userFromRequest(req);
  if (user) return { ok: true, user };
  const { block } = await recordHit(db(), limitKeys.guestAddress(clientAddress(req)), LIMITS.guestAddress);
  if (block.blocked) return { ok: false, reason: "guest-slow-down", retryAfterSeconds: block.retryAfterSeconds };
  const guest = await createGuest(db());
  return { ok: true, user: guest, session: await createSession(db(), guest.id) };
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

/**
 * For server components: the signed-in user of the page being rendered, or null. Read once per
 * request (React's cache): the layout, the page and its components ask for it in the same render.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  return findSessionUser(db(), jar.get(SESSION_COOKIE)?.value);
});
