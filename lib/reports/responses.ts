import "server-only";
import { Prisma } from "@/generated/sqlite/client";
import type { Db } from "@/lib/db";
import { questionSchema, type Question } from "@/lib/content/schema";
import { localTimestamps } from "@/lib/assignments/time";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import {
  answerInWords,
  ENGLISH_ANSWER_WORDS,
  latestUnits,
  storedQuestionIn,
  type AnswerWords,
  unitTitlesIn,
} from "@/lib/reports/localized";
import { csvCell } from "@/lib/reports/csv";

// Every answer the class's students gave, one row each, for a spreadsheet: who, for which
// assignment (when the attempt counts for one), which attempt and question, the answer in the words
// the student saw, right or not, points, and when, in the teacher's time zone. The column keys stay
// English in every language (docs/I18N.md); the values that are words (questions, answers, quiz
// names, yes/no) are in the teacher's language: `locale` for the content, `words` for the rest.

export type ResponsesWords = {
  answer: AnswerWords;
  quiz: Record<"faq" | "unit" | "review", string>;
  due: string;
  yes: string;
  no: string;
};

const ENGLISH_RESPONSES_WORDS: ResponsesWords = {
  answer: ENGLISH_ANSWER_WORDS,
  quiz: { faq: "The article's FAQ", unit: "Whole unit", review: "Review" },
  due: "due",
  yes: "yes",
  no: "no",
};

const quizName = (words: ResponsesWords, mode: string) =>
  mode === "faq" || mode === "unit" || mode === "review" ? words.quiz[mode] : mode;

type AttemptRow = { attemptId: string; displayName: string; unitId: string; mode: string; startedAt: Date | string };
type AnswerRow = {
  attemptId: string;
  questionId: string;
  choice: string;
  answer: string | null;
  correct: unknown;
  score: unknown;
  createdAt: Date | string;
};

type AssignmentWindow = { id: string; label: string; unitId: string; mode: string; opensAt: number };

/** The assignment an attempt counts for: same unit and mode, opened by the time it started (the latest such). */
function assignmentFor(
  windows: AssignmentWindow[],
  unitId: string,
  mode: string,
  startedAt: number,
): AssignmentWindow | undefined {
  let found: AssignmentWindow | undefined;
  for (const w of windows) {
    if (w.unitId === unitId && w.mode === mode && w.opensAt <= startedAt && (!found || w.opensAt > found.opensAt))
      found = w;
  }
  return found;
}

export async function responsesCsv(
  database: Db,
  classId: string,
  options: { timeZone: string; assignmentId?: string; locale?: Locale; words?: ResponsesWords },
): Promise<{ ok: true; csv: string } | { ok: false; reason: "assignment-not-found" }> {
  const assignments = await database.assignment.findMany({
    where: { classroomId: classId, withdrawnAt: null },
    select: { id: true, unitId: true, mode: true, opensAt: true, dueAt: true, unit: { select: { title: true } } },
  });
  const chosen = options.assignmentId ? assignments.find((a) => a.id === options.assignmentId) : undefined;
  if (options.assignmentId && !chosen) return { ok: false, reason: "assignment-not-found" };
  const locale = options.locale ?? defaultLocale;
  const words = options.words ?? ENGLISH_RESPONSES_WORDS;
  const stamp = localTimestamps(options.timeZone);
  const [titleIn, units] = await Promise.all([unitTitlesIn(database, locale), latestUnits(database)]);
  const windows: AssignmentWindow[] = assignments.map((a) => ({
    id: a.id,
    label: `${titleIn(a.unitId, a.unit.title)}: ${quizName(words, a.mode)}, ${words.due} ${stamp(a.dueAt).slice(0, 16)}`,
    unitId: a.unitId,
    mode: a.mode,
    opensAt: a.opensAt.getTime(),
  }));

  // The opening time is compared in JavaScript: SQLite keeps dates as text in the adapter's format.
  const scope = chosen ? Prisma.sql`AND a."unitId" = ${chosen.unitId} AND a."mode" = ${chosen.mode}` : Prisma.empty;
  const questions = await database.question.findMany({
    select: { id: true, unitId: true, prompt: true, type: true, payload: true },
  });
  // Short answers are written as typed (the stored choice is their normalised form); only those
  // rows carry the raw answer out of the database.
  const typed = questions.filter((q) => q.type === "short-answer").map((q) => q.id);
  const typedAnswer =
    typed.length > 0
      ? Prisma.sql`CASE WHEN r."questionId" IN (${Prisma.join(typed)}) THEN r."answer" END`
      : Prisma.sql`NULL`;
  // Two narrow queries instead of one wide one: 100,000 answer rows are the cost, so they carry
  // only what differs per answer, and each attempt's student and quiz come once.
  const [attempts, answers] = await Promise.all([
    database.$queryRaw<AttemptRow[]>`
      SELECT a."id" AS "attemptId", e."displayName", a."unitId", a."mode", a."startedAt"
      FROM "Attempt" a
      JOIN "Enrollment" e ON e."userId" = a."userId"
      WHERE e."classroomId" = ${classId} AND e."removedAt" IS NULL ${scope}
      ORDER BY e."displayName", e."id", a."startedAt", a."id"`,
    database.$queryRaw<AnswerRow[]>`
      SELECT r."attemptId", r."questionId", r."choice", ${typedAnswer} AS "answer", r."correct", r."score", r."createdAt"
      FROM "Response" r
      JOIN "Attempt" a ON a."id" = r."attemptId"
      JOIN "Enrollment" e ON e."userId" = a."userId"
      WHERE e."classroomId" = ${classId} AND e."removedAt" IS NULL ${scope}`,
  ]);

  const byId = new Map<string, { prompt: string; question: Question | null }>();
  for (const q of questions) {
    let parsed: Question | null = null;
    try {
      const result = questionSchema.safeParse(JSON.parse(q.payload));
      parsed = result.success ? storedQuestionIn(result.data, units.get(q.unitId), locale) : null;
    } catch {
      parsed = null;
    }
    byId.set(q.id, { prompt: csvCell(parsed?.prompt ?? q.prompt), question: parsed });
  }
  // The same few hundred (question, choice) pairs come back again and again: put each in words once.
  const answerTexts = new Map<string, string>();
  const inWords = (questionId: string, choice: string): string => {
    const key = `${questionId}\u0000${choice}`;
    let text = answerTexts.get(key);
    if (text === undefined) {
      const question = byId.get(questionId)?.question;
      text = csvCell(question ? answerInWords(question, choice, words.answer) : choice);
      answerTexts.set(key, text);
    }
    return text;
  };

  const byAttempt = new Map<string, AnswerRow[]>();
  for (const r of answers) {
    const list = byAttempt.get(r.attemptId);
    if (list) list.push(r);
    else byAttempt.set(r.attemptId, [r]);
  }
  const time = (v: Date | string) => (v instanceof Date ? v : new Date(v));

  const lines: string[] = [
    [
      "Student",
      "Assignment",
      "Attempt",
      "Quiz",
      "Question",
      "Answer",
      "Correct",
      "Points",
      `Answered at (${options.timeZone})`,
    ]
      .map(csvCell)
      .join(","),
  ];
  const labels = new Map(windows.map((w) => [w.id, csvCell(w.label)]));
  const [yes, no] = [csvCell(words.yes), csvCell(words.no)];
  for (const a of attempts) {
    const startedAt = time(a.startedAt).getTime();
    if (chosen && startedAt < chosen.opensAt.getTime()) continue;
    const rows = byAttempt.get(a.attemptId);
    if (!rows) continue;
    rows.sort((x, y) => time(x.createdAt).getTime() - time(y.createdAt).getTime());
    const assignment = chosen
      ? windows.find((w) => w.id === chosen.id)
      : assignmentFor(windows, a.unitId, a.mode, startedAt);
    const head = [
      csvCell(a.displayName),
      assignment ? labels.get(assignment.id)! : "",
      csvCell(a.attemptId),
      csvCell(quizName(words, a.mode)),
    ].join(",");
    for (const r of rows) {
      const answer = r.answer !== null ? csvCell(String(JSON.parse(r.answer))) : inWords(r.questionId, r.choice);
      lines.push(
        `${head},${byId.get(r.questionId)?.prompt ?? csvCell(r.questionId)},${answer},${Number(r.correct) ? yes : no},${
          Math.round(Number(r.score) * 1000) / 1000
        },${stamp(time(r.createdAt))}`,
      );
    }
  }
  return { ok: true, csv: "\uFEFF" + lines.join("\r\n") + "\r\n" };
}
