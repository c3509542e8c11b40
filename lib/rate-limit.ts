import type { Db } from "@/lib/db";

// Fixed-window counters kept in the database, so every app instance sees the same count and a
// restart does not forget a brute-force attempt in progress.

export type Limit = { max: number; windowMs: number };
export type Block = { blocked: true; retryAfterSeconds: number } | { blocked: false };

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_LIMITS = {
  account: { max: 5, windowMs: SIGN_IN_WINDOW_MS },
  address: { max: 20, windowMs: SIGN_IN_WINDOW_MS },
} satisfies Record<string, Limit>;

/** Whether `key` is blocked now, and for how long. */
export async function checkBlock(database: Db, key: string, now = new Date()): Promise<Block> {
  const row = await database.rateLimit.findUnique({ where: { key }, select: { blockedUntil: true } });
  if (!row?.blockedUntil || row.blockedUntil <= now) return { blocked: false };
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000)) };
}

/**
 * Counts one more event (a failed sign-in) against `key`. The reset of an expired window and the
 * increment run in one transaction, and the increment is a single upsert, so two requests at the
 * same moment are both counted on SQLite and PostgreSQL alike.
 */
export async function recordHit(database: Db, key: string, limit: Limit, now = new Date()): Promise<{ count: number; block: Block }> {
  return database.$transaction(async (tx) => {
    await tx.rateLimit.updateMany({
      where: { key, windowStart: { lt: new Date(now.getTime() - limit.windowMs) } },
      data: { count: 0, windowStart: now, blockedUntil: null },
    });
    const row = await tx.rateLimit.upsert({
      where: { key },
      create: { key, count: 1, windowStart: now },
      update: { count: { increment: 1 } },
    });
    if (row.count < limit.max) return { count: row.count, block: { blocked: false } as Block };
    const blockedUntil = new Date(row.windowStart.getTime() + limit.windowMs);
    await tx.rateLimit.update({ where: { key }, data: { blockedUntil } });
    const retryAfterSeconds = Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000));
    return { count: row.count, block: { blocked: true, retryAfterSeconds } as Block };
  });
}

export async function clearHits(database: Db, key: string): Promise<void> {
  await database.rateLimit.deleteMany({ where: { key } });
}
