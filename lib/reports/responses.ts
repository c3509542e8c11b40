import { Prisma } from "@/generated/sqlite/client";
import type { Db } from "@/lib/db";
import { questionSchema, type Question } from "@/lib/content/schema";
import { assignmentModeLabels, type AssignmentMode } from "@/lib/assignments/schemas";
import { localTimestamps } from "@/lib/assignments/time";
import { choiceInWords } from "@/lib/quiz/answers";
import { toCsv, type Cell } from "@/lib/reports/csv";

// Every answer the class's students gave, one row each, for a spreadsheet: who, for which
// assignment (when the attempt counts for one), which attempt and question, the answer in the words
// the student saw, right or not, points, and when, in the teacher's time zone.

type ResponseRow = {
  displayName: string;
  attemptId: string;
  unitId: string;
  mode: string;
  startedAt: Date | string;
  questionId: string;
  answer: string;
  choice: string;
  correct: unknown;
  score: unknown;
  createdAt: Date | string;
};

type AssignmentWindow = { id: string; label: string; unitId: string; mode: string; opensAt: number };

/** The assignment an attempt counts for: same unit and mode, opened by the time it started (the latest such). */
function assignmentFor(windows: AssignmentWindow[], unitId: string, mode: string, startedAt: number): AssignmentWindow | undefined {
  let found: AssignmentWindow | undefined;
  for (const w of windows) {
    if (w.unitId === unitId && w.mode === mode && w.opensAt <= startedAt && (!found || w.opensAt > found.opensAt)) found = w;
  }
  return found;
}

export async function responsesCsv(
  database: Db,
  classId: string,
  options: { timeZone: string; assignmentId?: string },
): Promise<{ ok: true; csv: string } | { ok: false; reason: "assignment-not-found" }> {
  const assignments = await database.assignment.findMany({
    where: { classroomId: classId, withdrawnAt: null },
    select: { id: true, unitId: true, mode: true, opensAt: true, dueAt: true, unit: { select: { title: true } } },
  });
  const chosen = options.assignmentId ? assignments.find((a) => a.id === options.assignmentId) : undefined;
  if (options.assignmentId && !chosen) return { ok: false, reason: "assignment-not-found" };
  const stamp = localTimestamps(options.timeZone);
  const windows: AssignmentWindow[] = assignments.map((a) => ({
    id: a.id,
    label: `${a.unit.title}: ${assignmentModeLabels[a.mode as AssignmentMode] ?? a.mode}, due ${stamp(a.dueAt).slice(0, 16)}`,
    unitId: a.unitId,
    mode: a.mode,
    opensAt: a.opensAt.getTime(),
  }));

  // The opening time is compared in JavaScript: SQLite keeps dates as text in the adapter's format.
  const scope = chosen ? Prisma.sql`AND a."unitId" = ${chosen.unitId} AND a."mode" = ${chosen.mode}` : Prisma.empty;
  const [rows, questions] = await Promise.all([
    database.$queryRaw<ResponseRow[]>`
      SELECT e."displayName", a."id" AS "attemptId", a."unitId", a."mode", a."startedAt",
             r."questionId", r."answer", r."choice", r."correct", r."score", r."createdAt"
      FROM "Response" r
      JOIN "Attempt" a ON a."id" = r."attemptId"
      JOIN "Enrollment" e ON e."userId" = a."userId"
      WHERE e."classroomId" = ${classId} AND e."removedAt" IS NULL ${scope}
      ORDER BY e."displayName", e."id", a."startedAt", a."id", r."createdAt"`,
    database.question.findMany({ select: { id: true, prompt: true, payload: true } }),
  ]);

  const byId = new Map<string, { prompt: string; question: Question | null }>();
  for (const q of questions) {
    let parsed: Question | null = null;
    try {
      const result = questionSchema.safeParse(JSON.parse(q.payload));
      parsed = result.success ? result.data : null;
    } catch {
      parsed = null;
    }
    byId.set(q.id, { prompt: q.prompt, question: parsed });
  }

  const out: Cell[][] = [
    ["Student", "Assignment", "Attempt", "Quiz", "Question", "Answer", "Correct", "Points", `Answered at (${options.timeZone})`],
  ];
  for (const r of rows) {
    const startedAt = new Date(r.startedAt).getTime();
    if (chosen && startedAt < chosen.opensAt.getTime()) continue;
    const assignment = chosen ? windows.find((w) => w.id === chosen.id) : assignmentFor(windows, r.unitId, r.mode, startedAt);
    const q = byId.get(r.questionId);
    let answer = r.choice;
    if (q?.question?.type === "short-answer") {
      try {
        answer = String(JSON.parse(r.answer));
      } catch {
        answer = r.choice;
      }
    } else if (q?.question) {
      answer = choiceInWords(q.question, r.choice);
    }
    out.push([
      r.displayName,
      assignment?.label ?? "",
      r.attemptId,
      assignmentModeLabels[r.mode as AssignmentMode] ?? (r.mode === "review" ? "Review" : r.mode),
      q?.prompt ?? r.questionId,
      answer,
      Number(r.correct) ? "yes" : "no",
      Math.round(Number(r.score) * 1000) / 1000,
      stamp(new Date(r.createdAt)),
    ]);
  }
  return { ok: true, csv: toCsv(out) };
}
