import "server-only";
import { Prisma } from "@/generated/sqlite/client";
import type { Db } from "@/lib/db";
import { masteryLevel, type MasteryLevel } from "@/lib/progress/mastery";
import { attemptShareSql } from "@/lib/quiz/attempt-share";
import { listRoster } from "@/lib/classrooms/classrooms";
import { unitTitlesIn } from "@/lib/reports/localized";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { ScoreMode } from "@/lib/reports/score-modes";

export type { ScoreMode } from "@/lib/reports/score-modes";

// The live score table: students × units. Every number comes out of two aggregate queries; only
// one row per (student, unit) reaches JavaScript, however many attempts there are.

type UnitColumn = { id: string; title: string; eventsTotal: number };
export type UnitScore = {
  attempts: number;
  /** Shares correct, 0 to 1; null before the first finished attempt. */
  best: number | null;
  last: number | null;
  mastery: MasteryLevel;
  eventsRead: number;
  /** The student's latest unfinished attempt of this unit (in the chosen mode), answered so far. */
  inProgress: { answered: number; correct: number; total: number; startedAt: string } | null;
};
export type ScoreRow = {
  enrollmentId: string;
  displayName: string;
  joinedAt: string;
  units: Record<string, UnitScore>;
};
export type ScoreTable = {
  classId: string;
  mode: ScoreMode;
  units: UnitColumn[];
  students: ScoreRow[];
  generatedAt: string;
};

type AttemptAggregate = {
  userId: string;
  unitId: string;
  attempts: number;
  best: number | null;
  allAttempts: number;
  allBest: number | null;
  bestUnit: number | null;
  last: number | null;
};
type ReadAggregate = { userId: string; unitId: string; n: number };
type OpenAttempt = {
  userId: string;
  unitId: string;
  answeredCount: unknown;
  correctCount: unknown;
  questionCount: unknown;
  startedAt: Date | string;
};

/** The units, titled in `locale` (the CSV export keeps English titles: its column keys are English). */
async function fetchUnitColumns(database: Db, locale: Locale = defaultLocale): Promise<UnitColumn[]> {
  const [units, events, titleIn] = await Promise.all([
    database.unit.findMany({ select: { id: true, title: true }, orderBy: { title: "asc" } }),
    database.timelineEvent.groupBy({ by: ["unitId"], where: { retiredAt: null }, _count: { _all: true } }),
    unitTitlesIn(database, locale),
  ]);
  const totals = new Map(events.map((e) => [e.unitId, e._count._all]));
  return units.map((u) => ({ id: u.id, title: titleIn(u.id, u.title), eventsTotal: totals.get(u.id) ?? 0 }));
}

export async function fetchScoreTable(
  database: Db,
  classId: string,
  mode: ScoreMode = "all",
  locale: Locale = defaultLocale,
): Promise<ScoreTable> {
  const inMode = mode === "all" ? Prisma.sql`1 = 1` : Prisma.sql`a."mode" = ${mode}`;
  const [units, roster, attempts, reads, open] = await Promise.all([
    fetchUnitColumns(database, locale),
    listRoster(database, classId),
    // Mastery always looks at every quiz the student finished; the mode filter only narrows the
    // attempts, best and last columns.
    database.$queryRaw<AttemptAggregate[]>`
      WITH finished AS (
        SELECT a."id", a."userId", a."unitId", a."mode", a."finishedAt",
               ${attemptShareSql("a")} AS share,
               CASE WHEN ${inMode} THEN 1 ELSE 0 END AS "inMode"
        FROM "Attempt" a
        JOIN "Enrollment" e ON e."userId" = a."userId"
        WHERE e."classroomId" = ${classId} AND e."removedAt" IS NULL AND a."finishedAt" IS NOT NULL
      ), ranked AS (
        SELECT f.*, ROW_NUMBER() OVER (PARTITION BY f."userId", f."unitId", f."inMode" ORDER BY f."finishedAt" DESC, f."id" DESC) AS rn
        FROM finished f
      )
      SELECT "userId", "unitId", CAST(SUM("inMode") AS INTEGER) AS "attempts", MAX(CASE WHEN "inMode" = 1 THEN share END) AS "best",
             CAST(COUNT(*) AS INTEGER) AS "allAttempts", MAX(share) AS "allBest",
             MAX(CASE WHEN "mode" = 'unit' THEN share END) AS "bestUnit",
             MAX(CASE WHEN rn = 1 AND "inMode" = 1 THEN share END) AS "last"
      FROM ranked
      GROUP BY "userId", "unitId"`,
    database.$queryRaw<ReadAggregate[]>`
      SELECT r."userId", ev."unitId", CAST(COUNT(*) AS INTEGER) AS "n"
      FROM "EventRead" r
      JOIN "TimelineEvent" ev ON ev."id" = r."eventId"
      JOIN "Enrollment" e ON e."userId" = r."userId"
      WHERE e."classroomId" = ${classId} AND e."removedAt" IS NULL AND ev."retiredAt" IS NULL
      GROUP BY r."userId", ev."unitId"`,
    database.$queryRaw<OpenAttempt[]>`
      SELECT a."userId", a."unitId", a."answeredCount", a."correctCount", a."questionCount", a."startedAt"
      FROM "Attempt" a
      JOIN "Enrollment" e ON e."userId" = a."userId"
      WHERE e."classroomId" = ${classId} AND e."removedAt" IS NULL AND a."finishedAt" IS NULL AND ${inMode}
      ORDER BY a."startedAt" ASC`,
  ]);

  const key = (userId: string, unitId: string) => `${userId}\u0000${unitId}`;
  const attemptsBy = new Map(attempts.map((a) => [key(a.userId, a.unitId), a]));
  const readsBy = new Map(reads.map((r) => [key(r.userId, r.unitId), Number(r.n)]));
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  // Ordered oldest first, so the latest unfinished attempt of a (student, unit) is the one kept.
  const openBy = new Map(
    open.map((o) => [
      key(o.userId, o.unitId),
      {
        answered: Number(o.answeredCount),
        correct: Number(o.correctCount),
        total: Number(o.questionCount),
        startedAt: new Date(o.startedAt).toISOString(),
      },
    ]),
  );

  const students = roster.map((s) => {
    const byUnit: Record<string, UnitScore> = {};
    for (const unit of units) {
      const a = attemptsBy.get(key(s.userId, unit.id));
      const eventsRead = readsBy.get(key(s.userId, unit.id)) ?? 0;
      const best = num(a?.best);
      byUnit[unit.id] = {
        attempts: a ? Number(a.attempts) : 0,
        best,
        last: num(a?.last),
        eventsRead,
        inProgress: openBy.get(key(s.userId, unit.id)) ?? null,
        mastery: masteryLevel({
          finishedAttempts: a ? Number(a.allAttempts) : 0,
          bestScore: num(a?.allBest),
          bestUnitScore: num(a?.bestUnit),
          eventsRead,
          eventsTotal: unit.eventsTotal,
        }),
      };
    }
    return {
      enrollmentId: s.enrollmentId,
      displayName: s.displayName,
      joinedAt: s.joinedAt.toISOString(),
      units: byUnit,
    };
  });
  return { classId, mode, units, students, generatedAt: new Date().toISOString() };
}
