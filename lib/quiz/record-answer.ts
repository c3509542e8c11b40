import "server-only";
import { judgeSession, settleSession } from "@/lib/accounts/sessions";
import { isUniqueViolation, type Db } from "@/lib/db";
import { answerSchemaFor, scoreAnswer } from "@/lib/quiz/answers";
import type { Question, Unit } from "@/lib/content/schema";
import { readAnswerContext, writeAnswer, type Learner, type Written } from "@/lib/quiz/answer-store";
import { notYours, parsePlan, type AttemptRow, type Failure } from "@/lib/quiz/attempts";
import { answerFeedback } from "@/lib/quiz/feedback";
import { questionId, questionIn, questionsOf, versionContent } from "@/lib/quiz/question-bank";
import { localizeUnit } from "@/lib/content/localize";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { AnswerResult, AnswerValue } from "@/lib/quiz/types";
import { nextReviewCard, type StoredCard } from "@/lib/review/schedule";

export type AnswerOutcome = { ok: true; result: AnswerResult; replay: boolean } | Failure;

/** An answer's context, read and checked: the learner's attempt, the question of it being answered, and the learner's review card for it. */
export type AttemptQuestion =
  { ok: true; row: AttemptRow; unit: Unit; question: Question; card: StoredCard | null } | Failure;

export type { Learner };

/**
 * The learner's attempt and one of its questions (anyone else's attempt is not found, and so is
 * every attempt for a session that has ended), with the learner's review card for it. One query
 * (readAnswerContext): it is on the path of every answer. The session, when the learner is given
 * as one, is judged there as findSessionUser judges it (expired or idle: not found, and ended).
 */
export async function findAttemptQuestion(
  database: Db,
  learner: Learner | undefined,
  attemptId: string,
  questionSlug: string,
  now = new Date(),
): Promise<AttemptQuestion> {
  if (!learner) return notYours;
  const found = await readAnswerContext(database, { learner, attemptId, questionSlug });
  if ("sessionHash" in learner) {
    if (!found.session) return notYours;
    const { user, write } = judgeSession(found.session, now);
    await settleSession(database, learner.sessionHash, write, now);
    if (!user) return notYours;
  }
  const row = found.attempt;
  if (!row) return notYours;
  const unit = await versionContent(database, row.unitVersionId);
  if (!unit) return notYours;
  const inPlan = parsePlan(row).some((p) => p.question === questionSlug);
  const question = inPlan ? questionsOf(unit).get(questionSlug) : undefined;
  if (!question) {
    return {
      ok: false,
      reason: "not-in-attempt",
      issues: [{ path: "questionId", message: "is not a question of this attempt" }],
    };
  }
  return { ok: true, row, unit, question, card: found.card };
}

/**
 * Records the learner's answer to one question of their attempt. An answer is final: the same
 * answer again gets the same result, a different one is refused. The response row, the attempt's
 * counters and the review card change together or not at all, and the unique (attempt, question)
 * constraint decides between two answers racing for the same question.
 */
export async function recordAnswer(
  database: Db,
  learner: Learner | undefined,
  attemptId: string,
  questionSlug: string,
  rawAnswer: unknown,
  now = new Date(),
  locale: Locale = defaultLocale,
): Promise<AnswerOutcome> {
  const found = await findAttemptQuestion(database, learner, attemptId, questionSlug, now);
  if (!found.ok) return found;
  return answerFound(database, found, rawAnswer, now, locale);
}

/**
 * Records an answer to a question already found with findAttemptQuestion (the form route reads the
 * question first, to turn its fields into an answer): the same checks as recordAnswer, without
 * reading the context again.
 */
export async function answerFound(
  database: Db,
  found: Extract<AttemptQuestion, { ok: true }>,
  rawAnswer: unknown,
  now = new Date(),
  locale: Locale = defaultLocale,
): Promise<AnswerOutcome> {
  const { row, unit, question } = found;
  // Scored against the stored question; explained in the request's language.
  const feedbackOf = (answer: AnswerValue, correct: boolean) =>
    answerFeedback(localizeUnit(unit, locale), questionIn(question, unit, locale), answer, correct);
  const parsed = answerSchemaFor(question).safeParse(rawAnswer);
  if (!parsed.success) {
    return {
      ok: false,
      reason: "answer-invalid",
      issues: parsed.error.issues.map((i) => ({ path: ["answer", ...i.path].join("."), message: i.message })),
    };
  }
  const scored = scoreAnswer(question, parsed.data);
  const id = questionId(row.unitId, question.id);

  const replay = async (): Promise<AnswerOutcome> => {
    const stored = await database.response.findUnique({
      where: { attemptId_questionId: { attemptId: row.id, questionId: id } },
      select: { answer: true, choice: true, correct: true },
    });
    if (!stored) return { ok: false, reason: "attempt-finished" };
    if (stored.choice !== scored.choice) {
      return { ok: false, reason: "answer-final" };
    }
    const counts = await database.attempt.findUniqueOrThrow({
      where: { id: row.id },
      select: { answeredCount: true, correctCount: true, questionCount: true },
    });
    return {
      ok: true,
      replay: true,
      result: {
        ...feedbackOf(JSON.parse(stored.answer) as AnswerValue, stored.correct),
        progress: { answered: counts.answeredCount, total: counts.questionCount, correct: counts.correctCount },
      },
    };
  };

  if (row.finishedAt) return replay();

  // The review card was read with the attempt, before the write: two answers to one question race
  // on the unique (attempt, question) constraint below, so only one of them ever writes its card.
  const card = nextReviewCard(found.card, scored.correct, now);

  let written: Written;
  try {
    written = await writeAnswer(database, { attempt: row, questionId: id, scored, card, now });
  } catch (error) {
    if (isUniqueViolation(error)) return replay();
    throw error;
  }
  if (written.outcome === "finished") return { ok: false, reason: "attempt-finished" };
  if (written.outcome === "duplicate") return replay();
  const { counts } = written;
  return {
    ok: true,
    replay: false,
    result: {
      ...feedbackOf(scored.answer, scored.correct),
      progress: { answered: counts.answeredCount, total: counts.questionCount, correct: counts.correctCount },
    },
  };
}
