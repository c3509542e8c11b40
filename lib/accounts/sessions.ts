import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { Prisma } from "@/generated/sqlite/client";
import { readRows, type Db } from "@/lib/db";
import { env } from "@/lib/env";

// Sessions are random tokens; only their sha256 is stored, so a database leak does not leak
// sign-ins. They live in the database so that any app instance can serve any request.

const sessionTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export type Role = "guest" | "student" | "teacher";
export type SessionUser = { id: string; role: Role; displayName: string | null; email: string | null };
export type NewSession = { token: string; expiresAt: Date };

const userSelect = { id: true, role: true, displayName: true, email: true } as const;

export function hashToken(token: string): string {
  return crypto.hash("sha256", token, "hex");
}

export async function createSession(database: Db, userId: string): Promise<NewSession> {
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + env().SESSION_TTL_SECONDS * 1000);
  await database.session.create({ data: { tokenHash: hashToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

const HOUR = 3_600_000;
/**
 * A sign-in also ends after this long unused: a shared computer left signed in is not an open
 * door for days. Teachers' accounts see more (every class's answers), so theirs is shorter.
 */
export const IDLE_LIMIT_MS: Record<Role, number> = { teacher: 12 * HOUR, student: 7 * 24 * HOUR, guest: 7 * 24 * HOUR };
/** Use is recorded at most this often, so a class answering questions does not write per request. */
const SEEN_RESOLUTION_MS = 5 * 60_000;

/** A session token's stored form, or null when the value cannot be a token (a forged or broken cookie). */
export function sessionTokenHash(token: string | undefined): string | null {
  const parsed = sessionTokenSchema.safeParse(token);
  return parsed.success ? hashToken(parsed.data) : null;
}

/** What a query reads of a session and its user to judge it (dates as the database gives them). */
export type SessionRow = SessionUser & { expiresAt: Date | string; lastSeenAt: Date | string };

/**
 * A session read now: its user, or null once it has expired or been unused too long; and what to
 * write back, ending it ("end") or recording its use ("seen", at most every SEEN_RESOLUTION_MS).
 */
export function judgeSession(row: SessionRow, now: Date): { user: SessionUser | null; write: "end" | "seen" | null } {
  const lastSeen = new Date(row.lastSeenAt).getTime();
  if (new Date(row.expiresAt).getTime() <= now.getTime() || now.getTime() - lastSeen > IDLE_LIMIT_MS[row.role])
    return { user: null, write: "end" };
  const user = { id: row.id, role: row.role, displayName: row.displayName, email: row.email };
  return { user, write: now.getTime() - lastSeen > SEEN_RESOLUTION_MS ? "seen" : null };
}

/** Writes back what judgeSession asked for. */
export async function settleSession(
  database: Db,
  tokenHash: string,
  write: "end" | "seen" | null,
  now: Date,
): Promise<void> {
  if (write === "end") await database.session.deleteMany({ where: { tokenHash } });
  if (write === "seen") await database.session.updateMany({ where: { tokenHash }, data: { lastSeenAt: now } });
}

/**
 * Every request that carries a cookie asks this, so it is one plain SQL query, read directly on
 * SQLite (see readRows): Prisma's query layer costs several times the database's own work for a
 * lookup this small.
 */
export async function findSessionUser(
  database: Db,
  token: string | undefined,
  now = new Date(),
): Promise<SessionUser | null> {
  const tokenHash = sessionTokenHash(token);
  if (!tokenHash) return null;
  const rows = await readRows<SessionRow>(
    database,
    Prisma.sql`
      SELECT u."id", u."role", u."displayName", u."email", s."expiresAt", s."lastSeenAt"
      FROM "Session" s JOIN "User" u ON u."id" = s."userId"
      WHERE s."tokenHash" = ${tokenHash}`,
  );
  const row = rows[0];
  if (!row) return null;
  const { user, write } = judgeSession(row, now);
  await settleSession(database, tokenHash, write, now);
  return user;
}

/** Ends every session of the user (signing out everywhere). */
export async function endAllSessions(database: Db, userId: string): Promise<number> {
  const { count } = await database.session.deleteMany({ where: { userId } });
  return count;
}

/** Ends the session of this token, if it names one. */
export async function endSession(database: Db, token: string | undefined): Promise<void> {
  const tokenHash = sessionTokenHash(token);
  if (tokenHash) await database.session.deleteMany({ where: { tokenHash } });
}

/** A guest learner, so that practice needs no account. */
export async function createGuest(database: Db): Promise<SessionUser> {
  return (await database.user.create({ data: { role: "guest" }, select: userSelect })) as SessionUser;
}
