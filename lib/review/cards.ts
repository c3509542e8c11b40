import type { Db } from "@/lib/db";
import { nextReviewCard } from "@/lib/review/schedule";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Updates (or, after a miss, creates) the learner's review card for a question. */
export async function scheduleReview(tx: Tx | Db, userId: string, questionId: string, correct: boolean, now: Date): Promise<void> {
  const where = { userId_questionId: { userId, questionId } };
  const current = await tx.reviewCard.findUnique({ where });
  const next = nextReviewCard(current, correct, now);
  if (!next) return;
  await tx.reviewCard.upsert({ where, create: { userId, questionId, ...next }, update: next });
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
