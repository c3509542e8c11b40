import "server-only";
import type { Db } from "@/lib/db";

// Counters kept in the database, so every app instance sees the same count and a restart does not
// forget a brute-force attempt in progress. The limits are sized for a school, where every device
// of every class leaves through one address: see docs/SECURITY.md for the figures behind them.

export type Limit = {
  max: number;
  windowMs: number;
  /**
   * Past `max`, each further hit blocks for a growing delay (2 s, 4 s, 8 s… up to the window)
   * instead of for the rest of the window: a person who mistypes is slowed, not locked out.
   */
  growing?: boolean;
};
export type Block = { blocked: true; retryAfterSeconds: number } | { blocked: false };

const MINUTE = 60_000;

export const LIMITS = {
  /** Teacher sign-in failures for one account from one address. */
  signInPair: { max: 5, windowMs: 15 * MINUTE, growing: true },
  /** Teacher sign-in failures for one account from anywhere: far above what a person types. */
  signInAccount: { max: 100, windowMs: 60 * MINUTE },
  /** Teacher sign-in failures from one address, over every account (password spraying). */
  signInAddress: { max: 300, windowMs: 15 * MINUTE },
  /** Wrong class codes, or wrong student sign-in codes, from one address (a whole school). */
  codeAddress: { max: 60, windowMs: 15 * MINUTE },
  /** New teacher accounts from one address. */
  signUpAddress: { max: 20, windowMs: 60 * MINUTE },
  /** Guest learners created from one address (a quiz started or an event read without a session). */
  guestAddress: { max: 300, windowMs: 15 * MINUTE },
} satisfies Record<string, Limit>;

export const limitKeys = {
  signInPair: (email: string, address: string) => `sign-in:pair:${email}:${address}`,
  signInAccount: (email: string) => `sign-in:account:${email}`,
  signInAddress: (address: string) => `sign-in:address:${address}`,
  codeAddress: (address: string) => `code:address:${address}`,
  signUpAddress: (address: string) => `sign-up:address:${address}`,
  guestAddress: (address: string) => `guest:address:${address}`,
};

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Whether `key` is blocked now, and for how long. */
export async function checkBlock(database: Db, key: string, now = new Date()): Promise<Block> {
  const row = await database.rateLimit.findUnique({ where: { key }, select: { blockedUntil: true } });
  if (!row?.blockedUntil || row.blockedUntil <= now) return { blocked: false };
  return { blocked: true, retryAfterSeconds: seconds(row.blockedUntil.getTime() - now.getTime()) };
}

/** The first of `keys` that is blocked, or not blocked. */
export async function checkBlocks(database: Db, keys: readonly string[], now = new Date()): Promise<Block> {
  const rows = await database.rateLimit.findMany({
    where: { key: { in: [...keys] }, blockedUntil: { gt: now } },
    select: { blockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil!.getTime()));
  return until > now.getTime()
    ? { blocked: true, retryAfterSeconds: seconds(until - now.getTime()) }
    : { blocked: false };
}

/**
 * Counts one more event (a failed sign-in) against `key`. The reset of an expired window and the
 * increment run in one transaction, and the increment is a single upsert, so two requests at the
 * same moment are both counted on SQLite and PostgreSQL alike.
 */
export async function recordHit(
  database: Db,
  key: string,
  limit: Limit,
  now = new Date(),
): Promise<{ count: number; block: Block }> {
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
    const windowEnd = row.windowStart.getTime() + limit.windowMs;
    const until = limit.growing
      ? Math.min(windowEnd, now.getTime() + 2000 * 2 ** Math.min(20, row.count - limit.max))
      : windowEnd;
    const blockedUntil = new Date(until);
    await tx.rateLimit.update({ where: { key }, data: { blockedUntil } });
    return { count: row.count, block: { blocked: true, retryAfterSeconds: seconds(until - now.getTime()) } as Block };
  });
}

/** Counts hits against several keys; blocked if any of them now is. */
export async function recordHits(database: Db, hits: readonly [string, Limit][], now = new Date()): Promise<Block> {
  let worst: Block = { blocked: false };
  for (const [key, limit] of hits) {
    const { block } = await recordHit(database, key, limit, now);
    if (block.blocked && (!worst.blocked || block.retryAfterSeconds > worst.retryAfterSeconds)) worst = block;
  }
  return worst;
}

export async function clearHits(database: Db, key: string): Promise<void> {
  await database.rateLimit.deleteMany({ where: { key } });
}
