import "server-only";
import type { Db } from "@/lib/db";
import type { StoredCard } from "@/lib/review/schedule";

/** The learner's card for a question, if any; plain SQL, as it is read on every answer. */
export async function findReviewCard(database: Db, userId: string, questionId: string): Promise<StoredCard | null> {
  const rows = await database.$queryRaw<StoredCard[]>`
    SELECT "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"
    FROM "ReviewCard" WHERE "userId" = ${userId} AND "questionId" = ${questionId}`;
  const row = rows[0];
  if (!row) return null;
  const int = (n: number | bigint) => Number(n);
  return {
    ...row,
    elapsedDays: int(row.elapsedDays),
    scheduledDays: int(row.scheduledDays),
    learningSteps: int(row.learningSteps),
    reps: int(row.reps),
    lapses: int(row.lapses),
    state: int(row.state),
  };
}

/** Question ids (full "<unit>/<slug>") due for review in a unit, soonest first. */
export async function dueQuestionIds(database: Db, userId: string, unitId: string, now: Date, limit: number): Promise<string[]> {
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
  return new Map(rows.map((r) => [r.unitId, { due: Number(r.due ?? 0), nextDue: r.next === null ? null : new Date(r.next) }]));
}
