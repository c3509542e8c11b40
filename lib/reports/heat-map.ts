import "server-only";
import type { Db } from "@/lib/db";
import { getUnit } from "@/lib/content/store";
import { listRoster } from "@/lib/classrooms/classrooms";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

// Students × questions of one assignment: for each student and question, the best they did in the
// attempts that count for it (right, partly right, wrong, or not answered yet). One grouped query;
// one row per (student, question) answered leaves the database. Prompts are in `locale` where the
// unit's translation has them.

export type HeatCell = "right" | "partly" | "wrong" | "not-yet";
type HeatQuestion = {
  id: string;
  slug: string;
  prompt: string;
  answered: number;
  right: number;
  shareRight: number | null;
};
type HeatRow = { enrollmentId: string; displayName: string; cells: HeatCell[] };
export type HeatMap = { questions: HeatQuestion[]; students: HeatRow[] };
export type HeatOrder = "quiz" | "difficulty";

type CellRow = { enrollmentId: string; questionId: string; anyRight: unknown; best: unknown };

function cellOf(anyRight: unknown, best: unknown): HeatCell {
  if (Number(anyRight) > 0) return "right";
  return Number(best) > 0 ? "partly" : "wrong";
}

/** Null when the assignment is not an open one of this class. */
export async function fetchHeatMap(
  database: Db,
  classId: string,
  assignmentId: string,
  order: HeatOrder = "quiz",
  locale: Locale = defaultLocale,
): Promise<HeatMap | null> {
  const assignment = await database.assignment.findFirst({
    where: { id: assignmentId, classroomId: classId, withdrawnAt: null },
    select: { unitId: true, mode: true },
  });
  if (!assignment) return null;
  const [questions, roster, cells] = await Promise.all([
    database.question.findMany({
      where: { unitId: assignment.unitId, retiredAt: null, ...(assignment.mode === "faq" ? { fromFaq: true } : {}) },
      select: { id: true, slug: true, prompt: true },
      orderBy: { id: "asc" },
    }),
    listRoster(database, classId),
    database.$queryRaw<CellRow[]>`
      SELECT e."id" AS "enrollmentId", r."questionId",
             MAX(CASE WHEN r."correct" THEN 1 ELSE 0 END) AS "anyRight", MAX(r."score") AS "best"
      FROM "Assignment" s
      JOIN "Enrollment" e ON e."classroomId" = s."classroomId" AND e."removedAt" IS NULL
      JOIN "Attempt" a ON a."userId" = e."userId" AND a."unitId" = s."unitId" AND a."mode" = s."mode" AND a."startedAt" >= s."opensAt"
      JOIN "Response" r ON r."attemptId" = a."id"
      WHERE s."id" = ${assignmentId}
      GROUP BY e."id", r."questionId"`,
  ]);

  // Questions in the order the unit's content lists them.
  const content = (await getUnit(database, assignment.unitId, locale))?.questions ?? [];
  const position = new Map(content.map((q, i) => [`${assignment.unitId}/${q.id}`, i]));
  const prompts = new Map(content.map((q) => [`${assignment.unitId}/${q.id}`, q.prompt]));

  const byStudent = new Map<string, Map<string, HeatCell>>();
  const totals = new Map<string, { answered: number; right: number }>();
  for (const c of cells) {
    const cell = cellOf(c.anyRight, c.best);
    const mine = byStudent.get(c.enrollmentId) ?? new Map<string, HeatCell>();
    mine.set(c.questionId, cell);
    byStudent.set(c.enrollmentId, mine);
    const t = totals.get(c.questionId) ?? { answered: 0, right: 0 };
    t.answered++;
    if (cell === "right") t.right++;
    totals.set(c.questionId, t);
  }

  let heatQuestions: HeatQuestion[] = questions.map((q) => {
    const t = totals.get(q.id) ?? { answered: 0, right: 0 };
    return {
      id: q.id,
      slug: q.slug,
      prompt: prompts.get(q.id) ?? q.prompt,
      answered: t.answered,
      right: t.right,
      shareRight: t.answered > 0 ? t.right / t.answered : null,
    };
  });
  heatQuestions.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  if (order === "difficulty") {
    // Hardest first; questions nobody has answered yet go last.
    heatQuestions = [...heatQuestions].sort((a, b) => (a.shareRight ?? 2) - (b.shareRight ?? 2));
  }
  return {
    questions: heatQuestions,
    students: roster.map((s) => ({
      enrollmentId: s.enrollmentId,
      displayName: s.displayName,
      cells: heatQuestions.map((q) => byStudent.get(s.enrollmentId)?.get(q.id) ?? "not-yet"),
    })),
  };
}
