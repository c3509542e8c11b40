import "server-only";
import type { Db } from "@/lib/db";
import { masteryLevel, type MasteryLevel } from "@/lib/progress/mastery";

// The live score table: students × units. Every number comes out of two aggregate queries; only
// one row per (student, unit) reaches JavaScript, however many attempts there are.

export type UnitColumn = { id: string; title: string; eventsTotal: number };
export type UnitScore = {
  attempts: number;
  /** Shares correct, 0 to 1; null before the first finished attempt. */
  best: number | null;
  last: number | null;
  mastery: MasteryLevel;
  eventsRead: number;
};
export type ScoreRow = { enrollmentId: string; displayName: string; joinedAt: string; units: Record<string, UnitScore> };
export type ScoreTable = { classId: string; units: UnitColumn[]; students: ScoreRow[]; generatedAt: string };

type AttemptAggregate = { userId: string; unitId: string; attempts: number; best: number | null; bestUnit: number | null; last: number | null };
type ReadAggregate = { userId: string; unitId: string; n: number };

export async function fetchUnitColumns(database: Db): Promise<UnitColumn[]> {
  const [units, events] = await Promise.all([
    database.unit.findMany({ select: { id: true, title: true }, orderBy: { title: "asc" } }),
    database.timelineEvent.groupBy({ by: ["unitId"], where: { retiredAt: null }, _count: { _all: true } }),
  ]);
  const totals = new Map(events.map((e) => [e.unitId, e._count._all]));
  return units.map((u) => ({ ...u, eventsTotal: totals.get(u.id) ?? 0 }));
}

export async function fetchScoreTable(database: Db, classId: string): Promise<ScoreTable> {
  const [units, roster, attempts, reads] = await Promise.all([
    fetchUnitColumns(database),
    database.enrollment.findMany({
      where: { classroomId: classId, removedAt: null },
      orderBy: [{ displayName: "asc" }, { joinedAt: "asc" }],
      select: { id: true, userId: true, displayName: true, joinedAt: true },
    }),
    database.$queryRaw<AttemptAggregate[]>`
      WITH finished AS (
        SELECT a."id", a."userId", a."unitId", a."mode", a."finishedAt",
               CASE WHEN a."questionCount" > 0 THEN a."score" / a."questionCount" ELSE 0 END AS share
        FROM "Attempt" a
        JOIN "Enrollment" e ON e."userId" = a."userId"
        WHERE e."classroomId" = ${classId} AND e."removedAt" IS NULL AND a."finishedAt" IS NOT NULL
      ), ranked AS (
        SELECT f.*, ROW_NUMBER() OVER (PARTITION BY f."userId", f."unitId" ORDER BY f."finishedAt" DESC, f."id" DESC) AS rn
        FROM finished f
      )
      SELECT "userId", "unitId", CAST(COUNT(*) AS INTEGER) AS "attempts", MAX(share) AS "best",
             MAX(CASE WHEN "mode" = 'unit' THEN share END) AS "bestUnit",
             MAX(CASE WHEN rn = 1 THEN share END) AS "last"
      FROM ranked
      GROUP BY "userId", "unitId"`,
    database.$queryRaw<ReadAggregate[]>`
      SELECT r."userId", ev."unitId", CAST(COUNT(*) AS INTEGER) AS "n"
      FROM "EventRead" r
      JOIN "TimelineEvent" ev ON ev."id" = r."eventId"
      JOIN "Enrollment" e ON e."userId" = r."userId"
      WHERE e."classroomId" = ${classId} AND e."removedAt" IS NULL AND ev."retiredAt" IS NULL
      GROUP BY r."userId", ev."unitId"`,
  ]);

  const key = (userId: string, unitId: string) => `${userId}\u0000${unitId}`;
  const attemptsBy = new Map(attempts.map((a) => [key(a.userId, a.unitId), a]));
  const readsBy = new Map(reads.map((r) => [key(r.userId, r.unitId), Number(r.n)]));
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

  const students = roster.map((s) => {
    const byUnit: Record<string, UnitScore> = {};
    for (const unit of units) {
      const a = attemptsBy.get(key(s.userId, unit.id));
      const eventsRead = readsBy.get(key(s.userId, unit.id)) ?? 0;
      const finishedAttempts = a ? Number(a.attempts) : 0;
      const best = num(a?.best);
      byUnit[unit.id] = {
        attempts: finishedAttempts,
        best,
        last: num(a?.last),
        eventsRead,
        mastery: masteryLevel({
          finishedAttempts,
          bestScore: best,
          bestUnitScore: num(a?.bestUnit),
          eventsRead,
          eventsTotal: unit.eventsTotal,
        }),
      };
    }
    return { enrollmentId: s.id, displayName: s.displayName, joinedAt: s.joinedAt.toISOString(), units: byUnit };
  });
  return { classId, units, students, generatedAt: new Date().toISOString() };
}
