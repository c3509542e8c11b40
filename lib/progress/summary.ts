import "server-only";
import type { Db } from "@/lib/db";
import { masteryLevel, type MasteryLevel } from "@/lib/progress/mastery";
import { readCountsByUnit } from "@/lib/progress/reading";
import { reviewSummaryByUnit } from "@/lib/review/cards";
import { attemptShareSql } from "@/lib/quiz/attempt-share";

export type UnitProgress = {
  unitId: string;
  title: string;
  eventsRead: number;
  eventsTotal: number;
  finishedAttempts: number;
  /** Share correct, 0 to 1; null before the first finished attempt. */
  bestScore: number | null;
  lastScore: number | null;
  mastery: MasteryLevel;
  reviewDue: number;
  nextReviewAt: Date | null;
};

type AttemptAggregate = { unitId: string; finished: bigint | number; best: number | null; bestUnit: number | null };
type LastAttempt = { unitId: string; share: number };

// Scores are shares of the attempt's questions; attempts without questions cannot be finished
// with a meaningful score and are left out of the aggregates.
export async function getLearnerProgress(database: Db, userId: string, now = new Date()): Promise<UnitProgress[]> {
  const [units, totals, readBy, reviewBy, aggregates, lasts] = await Promise.all([
    database.unit.findMany({ select: { id: true, title: true }, orderBy: { title: "asc" } }),
    database.timelineEvent.groupBy({ by: ["unitId"], where: { retiredAt: null }, _count: { _all: true } }),
    readCountsByUnit(database, userId),
    reviewSummaryByUnit(database, userId, now),
    database.$queryRaw<AttemptAggregate[]>`
      SELECT "unitId",
        COUNT(*) AS "finished",
        MAX(${attemptShareSql()}) AS "best",
        MAX(CASE WHEN "mode" = 'unit' THEN ${attemptShareSql()} END) AS "bestUnit"
      FROM "Attempt"
      WHERE "userId" = ${userId} AND "finishedAt" IS NOT NULL AND "questionCount" > 0
      GROUP BY "unitId"`,
    database.$queryRaw<LastAttempt[]>`
      SELECT "unitId", "share" FROM (
        SELECT "unitId", ${attemptShareSql()} AS "share",
          ROW_NUMBER() OVER (PARTITION BY "unitId" ORDER BY "finishedAt" DESC, "id" DESC) AS "rank"
        FROM "Attempt"
        WHERE "userId" = ${userId} AND "finishedAt" IS NOT NULL AND "questionCount" > 0
      ) ranked
      WHERE "rank" = 1`,
  ]);

  const totalBy = new Map(totals.map((t) => [t.unitId, t._count._all]));
  const aggregateBy = new Map(aggregates.map((a) => [a.unitId, a]));
  const lastBy = new Map(lasts.map((l) => [l.unitId, Number(l.share)]));

  return units.map((unit) => {
    const aggregate = aggregateBy.get(unit.id);
    const finishedAttempts = aggregate ? Number(aggregate.finished) : 0;
    const bestScore = aggregate?.best == null ? null : Number(aggregate.best);
    const bestUnitScore = aggregate?.bestUnit == null ? null : Number(aggregate.bestUnit);
    const eventsRead = readBy.get(unit.id) ?? 0;
    const eventsTotal = totalBy.get(unit.id) ?? 0;
    const review = reviewBy.get(unit.id);
    return {
      unitId: unit.id,
      title: unit.title,
      eventsRead,
      eventsTotal,
      finishedAttempts,
      bestScore,
      lastScore: lastBy.get(unit.id) ?? null,
      mastery: masteryLevel({ finishedAttempts, bestScore, bestUnitScore, eventsRead, eventsTotal }),
      reviewDue: review?.due ?? 0,
      nextReviewAt: review?.nextDue ?? null,
    };
  });
}
