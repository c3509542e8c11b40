import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";

// Sessions are random tokens; only their sha256 is stored, so a database leak does not leak
// sign-ins. They live in the database so that any app instance can serve any request.

export const sessionTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

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
  const parsed = sessionTokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const rows = await database.$queryRaw<(SessionUser & { expiresAt: Date })[]>`
    SELECT u."id", u."role", u."displayName", u."email", s."expiresAt"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."tokenHash" = ${hashToken(parsed.data)}`;
  const row = rows[0];
  if (!row || new Date(row.expiresAt).getTime() <= Date.now()) return null;
  return { id: row.id, role: row.role, displayName: row.displayName, email: row.email };
}

/** Ends the session of this token, if it names one. */
export async function endSession(database: Db, token: string | undefined): Promise<void> {
  const parsed = sessionTokenSchema.safeParse(token);
  if (parsed.success) await database.session.deleteMany({ where: { tokenHash: hashToken(parsed.data) } });
}

/** A guest learner, so that practice needs no account. */
export async function createGuest(database: Db): Promise<SessionUser> {
  return (await database.user.create({ data: { role: "guest" }, select: userSelect })) as SessionUser;
}
