import "server-only";
import type { Db } from "@/lib/db";

/** Question ids (full "<unit>/<slug>") due for review in a unit, soonest first. */
export async function dueQuestionIds(
  database: Db,
  userId: string,
  unitId: string,
  now: Date,
  limit: number,
): Promise<string[]> {
  const cards = await database.reviewCard.findMany({
    where: { userId, due: { lte: now }, question: { unitId, retiredAt: null } },
    orderBy: { due: "asc" },
    take: limit,
    select: { questionId: true },
  });
  return cards.map((c) => c.questionId);
}

export async function dueCount(database: Db, userId: string, unitId: string, now: Date): Promise<number> {
  return database.reviewCard.count({ where: { userId, due: { lte: now }, question: { unitId, retiredAt: null } } });
}

/** Per unit: how many of the learner's cards are due now, and when the next one falls due. */
export async function reviewSummaryByUnit(
  database: Db,
  userId: string,
  now: Date,
): Promise<Map<string, { due: number; nextDue: Date | null }>> {
  const rows = await database.$queryRaw<{ unitId: string; due: bigint | number | null; next: Date | string | null }[]>`
    SELECT q."unitId" AS "unitId",
           SUM(CASE WHEN c."due" <= ${now} THEN 1 ELSE 0 END) AS "due",
           MIN(CASE WHEN c."due" > ${now} THEN c."due" END) AS "next"
    FROM "ReviewCard" c JOIN "Question" q ON q."id" = c."questionId"
    WHERE c."userId" = ${userId} AND q."retiredAt" IS NULL
    GROUP BY q."unitId"`;
  // SQLite hands back an aggregated date as text, PostgreSQL as a Date.
  return new Map(
    rows.map((r) => [r.unitId, { due: Number(r.due ?? 0), nextDue: r.next === null ? null : new Date(r.next) }]),
  );
}
