import crypto from "node:crypto";
import { cookies } from "next/headers";
import type { NextResponse } from "next/server";
import { z } from "zod";
import { db, type Db } from "@/lib/db";
import { env } from "@/lib/env";

// Sessions are random tokens; only their sha256 is stored, so a database leak does not leak
// sign-ins. They live in the database so that any app instance can serve any request.
// Route handlers work on the Request/Response they are given (so they run the same in tests);
// pages read the cookie through next/headers.

export const SESSION_COOKIE = "eventline_session";
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export type Role = "guest" | "student" | "teacher";
export type SessionUser = { id: string; role: Role; displayName: string | null; email: string | null };
export type NewSession = { token: string; expiresAt: Date };

const userSelect = { id: true, role: true, displayName: true, email: true } as const;

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export async function createSession(database: Db, userId: string): Promise<NewSession> {
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + env().SESSION_TTL_SECONDS * 1000);
  await database.session.create({ data: { tokenHash: hashToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

/**
 * Every request that carries a cookie asks this, so it is one plain SQL query: Prisma's query
 * layer costs several times the database's own work for a lookup this small.
 */
export async function findSessionUser(database: Db, token: string | undefined): Promise<SessionUser | null> {
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const rows = await database.$queryRaw<(SessionUser & { expiresAt: Date })[]>`
    SELECT u."id", u."role", u."displayName", u."email", s."expiresAt"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."tokenHash" = ${hashToken(parsed.data)}`;
  const row = rows[0];
  if (!row || new Date(row.expiresAt).getTime() <= Date.now()) return null;
  return { id: row.id, role: row.role, displayName: row.displayName, email: row.email };
}

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function isSecureRequest(req: Request): boolean {
  const forwarded = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwarded ? forwarded === "https" : new URL(req.url).protocol === "https:";
}

/** The user signed in on this request (guest, student or teacher), or null. */
export function userFromRequest(req: Request): Promise<SessionUser | null> {
  return findSessionUser(db(), readCookie(req, SESSION_COOKIE));
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

/** Ends the request's session server-side (the caller clears the cookie on its response). */
export async function endSession(req: Request): Promise<void> {
  const parsed = tokenSchema.safeParse(readCookie(req, SESSION_COOKIE));
  if (parsed.success) await db().session.deleteMany({ where: { tokenHash: hashToken(parsed.data) } });
}

/**
 * The learner behind this request. A guest learner is created on first use, so practice needs no
 * account; when `session` is returned, the caller must set it on its response (setSessionCookie).
 */
export async function learnerForRequest(req: Request): Promise<{ user: SessionUser; session?: NewSession }> {
  const user = await userFromRequest(req);
  if (user) return { user };
  const guest = await db().user.create({ data: { role: "guest" }, select: userSelect });
  return { user: guest as SessionUser, session: await createSession(db(), guest.id) };
}

/** For server components: the signed-in user of the page being rendered, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  const jar = await cookies();
  return findSessionUser(db(), jar.get(SESSION_COOKIE)?.value);
}
