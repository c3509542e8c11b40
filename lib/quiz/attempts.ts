import "server-only";
import crypto from "node:crypto";
import { localizeUnit } from "@/lib/content/localize";
import type { Question, Unit } from "@/lib/content/schema";
import type { Db } from "@/lib/db";
import { answerFeedback, eventLinks } from "@/lib/quiz/feedback";
import { planSchema, buildPlan, REVIEW_QUESTIONS, type PlanItem } from "@/lib/quiz/plan";
import { publicQuestion } from "@/lib/quiz/public-view";
import { getUnit } from "@/lib/content/store";
import { questionIn, questionsOf, versionContent } from "@/lib/quiz/question-bank";
import type { AnswerFeedback, AnswerValue, AttemptResult, AttemptState, QuizMode, ReviewItem } from "@/lib/quiz/types";
import { correctAnswerOf } from "@/lib/quiz/answers";
import { dueQuestionIds } from "@/lib/review/cards";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

type QuizRefusal =
  | "unit-not-found"
  | "attempt-not-found"
  | "attempt-finished"
  | "nothing-due"
  | "no-questions"
  | "not-in-attempt"
  | "answer-invalid"
  | "answer-final"
  | "attempt-unfinished"
  | "nothing-missed";
export type Failure = { ok: false; reason: QuizRefusal; issues?: { path: string; message: string }[] };

export const attemptSelect = {
  id: true,
  userId: true,
  unitId: true,
  unitVersionId: true,
  mode: true,
  plan: true,
  questionCount: true,
  answeredCount: true,
  correctCount: true,
  score: true,
  startedAt: true,
  finishedAt: true,
} as const;

export type AttemptRow = {
  id: string;
  userId: string;
  unitId: string;
  unitVersionId: string;
  mode: string;
  plan: string;
  questionCount: number;
  answeredCount: number;
  correctCount: number;
  score: number;
  startedAt: Date;
  finishedAt: Date | null;
};

// Someone else's attempt is answered exactly like one that does not exist.
export const notYours: Failure = { ok: false, reason: "attempt-not-found" };

/** The result page names at most this many events to reread, so the list stays a next step. */
const READ_AGAIN_MAX = 5;

// An attempt's plan is fixed when it starts and read again on every answer to it: plans are parsed
// once per distinct text (as a version's questions are, see lib/content/store.ts), and shared read-only.
const plans = new Map<string, readonly PlanItem[]>();

export function parsePlan(row: AttemptRow): readonly PlanItem[] {
  let plan = plans.get(row.plan);
  if (!plan) {
    plan = planSchema.parse(JSON.parse(row.plan));
    if (plans.size >= 5000) plans.clear();
    plans.set(row.plan, plan);
  }
  return plan;
}

function feedbackOf(unit: Unit, question: Question, response: { answer: string; correct: boolean }): AnswerFeedback {
  return answerFeedback(unit, question, JSON.parse(response.answer) as AnswerValue, response.correct);
}

function resultOf(
  unit: Unit,
  row: AttemptRow,
  plan: readonly PlanItem[],
  questions: Map<string, Question>,
  feedback: Record<string, AnswerFeedback>,
): AttemptResult {
  const review: ReviewItem[] = [];
  // How many missed (or unanswered) questions each event settles: the most relevant come first.
  const missedEvents = new Map<string, number>();
  for (const item of plan) {
    const question = questions.get(item.question);
    if (!question) continue;
    const given = feedback[question.id];
    if (!given?.correct) question.eventIds.forEach((id) => missedEvents.set(id, (missedEvents.get(id) ?? 0) + 1));
    review.push({
      questionId: question.id,
      prompt: question.prompt,
      answered: given !== undefined,
      correct: given?.correct ?? false,
      score: given?.score ?? 0,
      partial: given?.partial ?? null,
      answerLines: given?.answerLines ?? [],
      correctAnswer: correctAnswerOf(question),
      explanation: question.explanation,
      events: eventLinks(unit, question.eventIds),
    });
  }
  const total = row.questionCount;
  return {
    correct: row.correctCount,
    total,
    points: row.score,
    share: total > 0 ? row.score / total : 0,
    review,
    readAgain: eventLinks(unit, [...missedEvents.keys()])
      .map((link, timelineOrder) => ({ link, timelineOrder, misses: missedEvents.get(link.id) ?? 0 }))
      .sort((a, b) => b.misses - a.misses || a.timelineOrder - b.timelineOrder)
      .slice(0, READ_AGAIN_MAX)
      .map((e) => e.link),
  };
}

/**
 * Everything the player needs to show or resume an attempt; keys only for answered questions. The
 * texts are in `locale` (answers are stored by option id, so an attempt can go on in any language).
 */
export async function attemptState(
  database: Db,
  row: AttemptRow,
  locale: Locale = defaultLocale,
): Promise<AttemptState | null> {
  const [source, responses] = await Promise.all([
    versionContent(database, row.unitVersionId),
    database.response.findMany({
      where: { attemptId: row.id },
      select: { questionId: true, answer: true, correct: true },
    }),
  ]);
  if (!source) return null;
  const unit = localizeUnit(source, locale);
  const plan = parsePlan(row);
  const stored = questionsOf(source);
  const questions = new Map(
    plan.flatMap((p) => {
      const question = stored.get(p.question);
      return question ? [[p.question, questionIn(question, source, locale)] as const] : [];
    }),
  );
  const feedback: Record<string, AnswerFeedback> = {};
  for (const response of responses) {
    const question = questions.get(response.questionId.slice(row.unitId.length + 1));
    if (question) feedback[question.id] = feedbackOf(unit, question, response);
  }
  return {
    attempt: {
      id: row.id,
      unit: row.unitId,
      unitTitle: unit.meta.title,
      mode: row.mode as QuizMode,
      questionCount: row.questionCount,
      answeredCount: row.answeredCount,
      correctCount: row.correctCount,
      startedAt: row.startedAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
    },
    questions: plan.flatMap((item) => {
      const question = questions.get(item.question);
      return question ? [publicQuestion(question, item)] : [];
    }),
    feedback,
    result: row.finishedAt ? resultOf(unit, row, plan, questions, feedback) : null,
  };
}

export type StartOutcome = { ok: true; created: boolean; state: AttemptState } | Failure;

/** Starts an attempt, or resumes the learner's unfinished attempt of the same unit and mode. */
export async function startAttempt(
  database: Db,
  userId: string,
  unitId: string,
  mode: QuizMode,
  now = new Date(),
  locale: Locale = defaultLocale,
): Promise<StartOutcome> {
  const unit = await getUnit(database, unitId);
  if (!unit) return { ok: false, reason: "unit-not-found" };

  const unfinished = await database.attempt.findFirst({
    where: { userId, unitId, mode, finishedAt: null },
    orderBy: { startedAt: "desc" },
    select: attemptSelect,
  });
  if (unfinished) {
    const state = await attemptState(database, unfinished, locale);
    if (state) return { ok: true, created: false, state };
  }

  let pool = unit.questions;
  if (mode === "review") {
    const due = new Set(await dueQuestionIds(database, userId, unitId, now, REVIEW_QUESTIONS));
    pool = unit.questions.filter((q) => due.has(`${unitId}/${q.id}`));
    if (pool.length === 0) return { ok: false, reason: "nothing-due" };
  }
  const seed = crypto.randomBytes(8).toString("hex");
  const plan = buildPlan(mode, pool, seed);
  if (plan.length === 0) return { ok: false, reason: "no-questions" };

  const row = await database.attempt.create({
    data: {
      userId,
      unitId,
      unitVersionId: unit.version.id,
      mode,
      seed,
      plan: JSON.stringify(plan),
      questionCount: plan.length,
    },
    select: attemptSelect,
  });
  const state = await attemptState(database, row, locale);
  if (!state) return { ok: false, reason: "unit-not-found" };
  return { ok: true, created: true, state };
}

/** One plain SQL query: it is on the path of every answer (see findSessionUser). */
export async function findOwnAttempt(
  database: Db,
  userId: string | undefined,
  attemptId: string,
): Promise<AttemptRow | null> {
  if (!userId) return null;
  const rows = await database.$queryRaw<AttemptRow[]>`
    SELECT "id", "userId", "unitId", "unitVersionId", "mode", "plan", "questionCount", "answeredCount", "correctCount", "score", "startedAt", "finishedAt"
    FROM "Attempt" WHERE "id" = ${attemptId} AND "userId" = ${userId}`;
  const row = rows[0];
  return row
    ? {
        ...row,
        questionCount: Number(row.questionCount),
        answeredCount: Number(row.answeredCount),
        correctCount: Number(row.correctCount),
        score: Number(row.score),
      }
    : null;
}

export type FinishOutcome = { ok: true; state: AttemptState } | Failure;

/** Closes the attempt; questions left unanswered count as not correct. */
export async function finishAttempt(
  database: Db,
  userId: string | undefined,
  attemptId: string,
  now = new Date(),
  locale: Locale = defaultLocale,
): Promise<FinishOutcome> {
  const row = await findOwnAttempt(database, userId, attemptId);
  if (!row) return notYours;
  const finished = await database.attempt.updateMany({
    where: { id: row.id, finishedAt: null },
    data: { finishedAt: now },
  });
  if (finished.count === 0) return { ok: false, reason: "attempt-finished" };
  const updated = await database.attempt.findUniqueOrThrow({ where: { id: row.id }, select: attemptSelect });
  const state = await attemptState(database, updated, locale);
  if (!state) return notYours;
  return { ok: true, state };
}

/** The learner's unfinished attempts in a unit, by mode, for "Resume" on the quiz page. */
export async function unfinishedAttempts(
  database: Db,
  userId: string,
  unitId: string,
): Promise<Map<QuizMode, { answered: number; total: number }>> {
  const rows = await database.attempt.findMany({
    where: { userId, unitId, finishedAt: null },
    orderBy: { startedAt: "asc" },
    select: { mode: true, answeredCount: true, questionCount: true },
  });
  return new Map(rows.map((r) => [r.mode as QuizMode, { answered: r.answeredCount, total: r.questionCount }]));
}
