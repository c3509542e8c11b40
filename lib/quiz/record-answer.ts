import "server-only";
import { isRecordNotFound, isUniqueViolation, type Db } from "@/lib/db";
import { answerSchemaFor, scoreAnswer } from "@/lib/quiz/answers";
import type { Question, Unit } from "@/lib/content/schema";
import { findOwnAttempt, notYours, parsePlan, type AttemptRow, type Failure } from "@/lib/quiz/attempts";
import { answerFeedback } from "@/lib/quiz/feedback";
import { loadQuestion, questionId, questionIn, unitContent } from "@/lib/quiz/question-bank";
import type { AnswerResult, AnswerValue } from "@/lib/quiz/types";
import { findReviewCard } from "@/lib/review/cards";
import { localizeUnit } from "@/lib/content/localize";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { nextReviewCard } from "@/lib/review/schedule";

export type AnswerOutcome = { ok: true; result: AnswerResult; replay: boolean } | Failure;


export type AttemptQuestion = { ok: true; row: AttemptRow; unit: Unit; question: Question } | Failure;

/** The learner's attempt and one of its questions (anyone else's attempt is not found). */
export async function findAttemptQuestion(database: Db, userId: string | undefined, attemptId: string, questionSlug: string): Promise<AttemptQuestion> {
  const row = await findOwnAttempt(database, userId, attemptId);
  if (!row) return notYours;
  const unit = unitContent(row.unitId);
  if (!unit) return notYours;
  const item = parsePlan(row).find((p) => p.question === questionSlug);
  const question = item ? await loadQuestion(database, row.unitId, questionSlug) : undefined;
  if (!question) {
    return { ok: false, reason: "not-in-attempt", issues: [{ path: "questionId", message: "is not a question of this attempt" }] };
  }
  return { ok: true, row, unit, question };
}

/**
 * Records the learner's answer to one question of their attempt. An answer is final: the same
 * answer again gets the same result, a different one is refused. The response row, the attempt's
 * counters and the review card change together or not at all, and the unique (attempt, question)
 * constraint decides between two answers racing for the same question.
 */
export async function recordAnswer(
  database: Db,
  userId: string | undefined,
  attemptId: string,
  questionSlug: string,
  rawAnswer: unknown,
  now = new Date(),
  locale: Locale = defaultLocale,
): Promise<AnswerOutcome> {
  const found = await findAttemptQuestion(database, userId, attemptId, questionSlug);
  if (!found.ok) return found;
  const { row, unit, question } = found;
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
  // Scored against the stored question; explained in the request's language.
  const feedbackOf = (answer: AnswerValue, correct: boolean) =>
    answerFeedback(localizeUnit(unit, locale), questionIn(question, unit, locale), answer, correct);

  const replay = async (): Promise<AnswerOutcome> => {
    const stored = await database.response.findUnique({
      where: { attemptId_questionId: { attemptId: row.id, questionId: id } },
      select: { answer: true, choice: true, correct: true },
    });
    if (!stored) return { ok: false, reason: "attempt-finished" };
    if (stored.choice !== scored.choice) {
      return { ok: false, reason: "answer-final" };
    }
    const counts = await database.attempt.findUniqueOrThrow({ where: { id: row.id }, select: { answeredCount: true, correctCount: true, questionCount: true } });
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

  // The review card is read before the write: two answers to one question race on the unique
  // (attempt, question) constraint below, so only one of them ever writes its card.
  const cardKey = { userId_questionId: { userId: row.userId, questionId: id } };
  const card = nextReviewCard(await findReviewCard(database, row.userId, id), scored.correct, now);

  try {
    // One batch: the statements run in a single transaction without a round trip to JavaScript
    // between them, and any failure (a duplicate answer, a finished attempt) rolls back all three.
    const [, counts] = await database.$transaction([
      database.response.create({
        data: { attemptId: row.id, questionId: id, answer: JSON.stringify(scored.answer), choice: scored.choice, correct: scored.correct, score: scored.score },
        select: { id: true },
      }),
      database.attempt.update({
        where: { id: row.id, finishedAt: null },
        data: {
          answeredCount: { increment: 1 },
          ...(scored.correct ? { correctCount: { increment: 1 } } : {}),
          ...(scored.score > 0 ? { score: { increment: scored.score } } : {}),
        },
        select: { answeredCount: true, correctCount: true, questionCount: true },
      }),
      ...(card ? [database.reviewCard.upsert({ where: cardKey, create: { userId: row.userId, questionId: id, ...card }, update: card, select: { due: true } })] : []),
    ]);
    return {
      ok: true,
      replay: false,
      result: {
        ...feedbackOf(scored.answer, scored.correct),
        progress: { answered: counts.answeredCount, total: counts.questionCount, correct: counts.correctCount },
      },
    };
  } catch (error) {
    if (isRecordNotFound(error)) return { ok: false, reason: "attempt-finished" };
    if (isUniqueViolation(error)) return replay();
    throw error;
  }
}
