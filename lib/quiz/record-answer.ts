import "server-only";
import crypto from "node:crypto";
import { Prisma } from "@/generated/sqlite/client";
import { isSqlite, isUniqueViolation, readRows, writeTogether, type Db } from "@/lib/db";
import { answerSchemaFor, scoreAnswer, type ScoredAnswer } from "@/lib/quiz/answers";
import type { Question, Unit } from "@/lib/content/schema";
import { notYours, parsePlan, type AttemptRow, type Failure } from "@/lib/quiz/attempts";
import { answerFeedback } from "@/lib/quiz/feedback";
import { parseQuestionPayload, questionId, questionIn, unitContent } from "@/lib/quiz/question-bank";
import { localizeUnit } from "@/lib/content/localize";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { AnswerResult, AnswerValue } from "@/lib/quiz/types";
import { nextReviewCard, type StoredCard } from "@/lib/review/schedule";

export type AnswerOutcome = { ok: true; result: AnswerResult; replay: boolean } | Failure;


export type AttemptQuestion = { ok: true; row: AttemptRow; unit: Unit; question: Question; card: StoredCard | null } | Failure;

// As readRows gives them: on SQLite dates as text and integers as bigint.
type AnswerContextRow = Omit<AttemptRow, "startedAt" | "finishedAt"> & { startedAt: Date | string; finishedAt: Date | string | null; payload: string | null } & {
  [K in keyof StoredCard as `card_${K}`]: StoredCard[K] | string | bigint | null;
};

const int = (n: number | bigint) => Number(n);

/**
 * The learner's attempt and one of its questions (anyone else's attempt is not found), with the
 * learner's review card for it. One query, read directly on SQLite (see readRows): it is on the
 * path of every answer.
 */
export async function findAttemptQuestion(database: Db, userId: string | undefined, attemptId: string, questionSlug: string): Promise<AttemptQuestion> {
  if (!userId) return notYours;
  const rows = await readRows<AnswerContextRow>(database, Prisma.sql`
    SELECT a."id", a."userId", a."unitId", a."mode", a."plan", a."questionCount", a."answeredCount", a."correctCount", a."score", a."startedAt", a."finishedAt",
      q."payload",
      c."due" AS "card_due", c."stability" AS "card_stability", c."difficulty" AS "card_difficulty", c."elapsedDays" AS "card_elapsedDays",
      c."scheduledDays" AS "card_scheduledDays", c."learningSteps" AS "card_learningSteps", c."reps" AS "card_reps", c."lapses" AS "card_lapses",
      c."state" AS "card_state", c."lastReview" AS "card_lastReview"
    FROM "Attempt" a
    LEFT JOIN "Question" q ON q."id" = a."unitId" || '/' || ${questionSlug}
    LEFT JOIN "ReviewCard" c ON c."userId" = a."userId" AND c."questionId" = q."id"
    WHERE a."id" = ${attemptId} AND a."userId" = ${userId}`);
  const found = rows[0];
  if (!found) return notYours;
  const row: AttemptRow = {
    id: found.id,
    userId: found.userId,
    unitId: found.unitId,
    mode: found.mode,
    plan: found.plan,
    questionCount: int(found.questionCount),
    answeredCount: int(found.answeredCount),
    correctCount: int(found.correctCount),
    score: Number(found.score),
    startedAt: new Date(found.startedAt),
    finishedAt: found.finishedAt === null ? null : new Date(found.finishedAt),
  };
  const unit = unitContent(row.unitId);
  if (!unit) return notYours;
  const inPlan = parsePlan(row).some((p) => p.question === questionSlug);
  const question = inPlan && found.payload !== null ? parseQuestionPayload(found.payload) : undefined;
  if (!question) {
    return { ok: false, reason: "not-in-attempt", issues: [{ path: "questionId", message: "is not a question of this attempt" }] };
  }
  const card: StoredCard | null =
    found.card_due === null
      ? null
      : {
          due: new Date(found.card_due as Date),
          stability: Number(found.card_stability),
          difficulty: Number(found.card_difficulty),
          elapsedDays: int(found.card_elapsedDays as number),
          scheduledDays: int(found.card_scheduledDays as number),
          learningSteps: int(found.card_learningSteps as number),
          reps: int(found.card_reps as number),
          lapses: int(found.card_lapses as number),
          state: int(found.card_state as number),
          lastReview: found.card_lastReview === null ? null : new Date(found.card_lastReview as Date),
        };
  return { ok: true, row, unit, question, card };
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

  // The review card was read with the attempt, before the write: two answers to one question race
  // on the unique (attempt, question) constraint below, so only one of them ever writes its card.
  const card = nextReviewCard(found.card, scored.correct, now);

  try {
    const counts = await writeAnswer(database, row, id, scored, card, now);
    if (!counts) return { ok: false, reason: "attempt-finished" };
    return {
      ok: true,
      replay: false,
      result: {
        ...feedbackOf(scored.answer, scored.correct),
        progress: { answered: int(counts.answeredCount), total: int(counts.questionCount), correct: int(counts.correctCount) },
      },
    };
  } catch (error) {
    if (isUniqueViolation(error)) return replay();
    throw error;
  }
}

/** A new row id in the shape of Prisma's cuid() default: a letter, then lower-case letters and digits. */
function newRowId(): string {
  return `c${randomBytes15().toString("base64url").toLowerCase().replace(/[^a-z0-9]/g, "0")}`;
}

// Random bytes for row ids are drawn from a pool refilled 256 ids at a time: a call to the system's
// generator per id cost more than the rest of building the write (as crypto.randomUUID does).
const ID_BYTES = 15;
const idPool = Buffer.alloc(ID_BYTES * 256);
let idPoolOffset = idPool.length;
function randomBytes15(): Buffer {
  if (idPoolOffset + ID_BYTES > idPool.length) {
    crypto.randomFillSync(idPool);
    idPoolOffset = 0;
  }
  idPoolOffset += ID_BYTES;
  return idPool.subarray(idPoolOffset - ID_BYTES, idPoolOffset);
}

type Counts = { answeredCount: number | bigint; correctCount: number | bigint; questionCount: number | bigint };

/**
 * Writes the answer: the attempt's counters, the response and, when it changes, the review card,
 * all or nothing; no counters when the attempt is finished (then nothing is written). A duplicate
 * answer fails on the unique (attempt, question) index. PostgreSQL takes it as one statement (one
 * round trip); SQLite, which has no writing WITH, as three run together (see writeTogether).
 */
async function writeAnswer(database: Db, row: AttemptRow, id: string, scored: ScoredAnswer, card: StoredCard | null, now: Date): Promise<Counts | undefined> {
  const open = Prisma.sql`
    UPDATE "Attempt" SET "answeredCount" = "answeredCount" + 1, "correctCount" = "correctCount" + ${scored.correct ? 1 : 0}, "score" = "score" + ${scored.score}
    WHERE "id" = ${row.id} AND "finishedAt" IS NULL
    RETURNING "answeredCount", "correctCount", "questionCount"`;
  const response = (source: Prisma.Sql) => Prisma.sql`
    INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "choice", "correct", "score", "createdAt")
    SELECT ${newRowId()}, ${row.id}, ${id}, ${JSON.stringify(scored.answer)}, ${scored.choice}, ${scored.correct}, ${scored.score}, ${now} ${source}`;
  if (isSqlite(database)) {
    // The other rows only while the attempt is open: the UPDATE before them leaves it so.
    const stillOpen = Prisma.sql`WHERE EXISTS (SELECT 1 FROM "Attempt" WHERE "id" = ${row.id} AND "finishedAt" IS NULL)`;
    const [updated] = await writeTogether(database, card ? [open, response(stillOpen), cardStatement(row.userId, id, card, stillOpen)] : [open, response(stillOpen)]);
    return updated?.[0] as Counts | undefined;
  }
  const fromOpened = Prisma.sql`FROM opened`;
  const [rows] = await writeTogether(database, [
    Prisma.sql`
    WITH opened AS (${open}),
    response AS (${response(fromOpened)})
    ${card ? Prisma.sql`, card AS (${cardStatement(row.userId, id, card, fromOpened)})` : Prisma.empty}
    SELECT "answeredCount", "correctCount", "questionCount" FROM opened`,
  ]);
  return rows?.[0] as Counts | undefined;
}

/** The learner's review card for the question, created or replaced, for each row of `source`. */
function cardStatement(userId: string, questionId: string, card: StoredCard, source: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "ReviewCard" ("userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview")
    SELECT ${userId}, ${questionId}, ${card.due}, ${card.stability}, ${card.difficulty}, ${card.elapsedDays}, ${card.scheduledDays}, ${card.learningSteps}, ${card.reps}, ${card.lapses}, ${card.state}, ${card.lastReview}
    ${source}
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      "due" = excluded."due", "stability" = excluded."stability", "difficulty" = excluded."difficulty", "elapsedDays" = excluded."elapsedDays",
      "scheduledDays" = excluded."scheduledDays", "learningSteps" = excluded."learningSteps", "reps" = excluded."reps", "lapses" = excluded."lapses",
      "state" = excluded."state", "lastReview" = excluded."lastReview"`;
}
