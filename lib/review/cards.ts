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

/** The soonest due date among the learner's cards in a unit that are not yet due, if any. */
export async function nextDue(database: Db, userId: string, unitId: string, now: Date): Promise<Date | null> {
  const result = await database.reviewCard.aggregate({
    where: { userId, due: { gt: now }, question: { unitId, retiredAt: null } },
    _min: { due: true },
  });
  return result._min.due;
}
