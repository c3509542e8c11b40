import "server-only";
import crypto from "node:crypto";
import { Prisma } from "@/generated/sqlite/client";
import { judgeSession, settleSession, type SessionRow } from "@/lib/accounts/sessions";
import { batched, isSqlite, isUniqueViolation, postgresTimestamp, readRows, writeTogether, type Db } from "@/lib/db";
import { answerSchemaFor, scoreAnswer, type ScoredAnswer } from "@/lib/quiz/answers";
import type { Question, Unit } from "@/lib/content/schema";
import { notYours, parsePlan, type AttemptRow, type Failure } from "@/lib/quiz/attempts";
import { answerFeedback } from "@/lib/quiz/feedback";
import { questionId, questionIn, questionsOf, versionContent } from "@/lib/quiz/question-bank";
import { localizeUnit } from "@/lib/content/localize";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { AnswerResult, AnswerValue } from "@/lib/quiz/types";
import { nextReviewCard, type StoredCard } from "@/lib/review/schedule";

export type AnswerOutcome = { ok: true; result: AnswerResult; replay: boolean } | Failure;

export type AttemptQuestion = { ok: true; row: AttemptRow; unit: Unit; question: Question; card: StoredCard | null } | Failure;

/**
 * Who answers: a user already known, or the session of the request (its token's hash), which is
 * then read and judged in the same query as the attempt, so an answer costs one read.
 */
export type Learner = { userId: string } | { sessionHash: string };

type ContextInput = { learner: Learner; attemptId: string; questionSlug: string };

// As readRows gives them: on SQLite dates as text and integers as bigint. Every column is null
// when the row it comes from is missing (no such session, not this learner's attempt…).
type Nullable<T> = { [K in keyof T]: T[K] | null };
type AttemptColumns = Omit<AttemptRow, "startedAt" | "finishedAt" | "questionCount" | "answeredCount" | "correctCount"> & {
  questionCount: number | bigint;
  answeredCount: number | bigint;
  correctCount: number | bigint;
  startedAt: Date | string;
  finishedAt: Date | string | null;
};
type ContextRow = { n: number | bigint } & Nullable<Omit<SessionRow, "id">> & { sessionUserId: string | null } & Nullable<AttemptColumns> & { [K in keyof StoredCard as `card_${K}`]: StoredCard[K] | string | bigint | null };

const int = (n: number | bigint) => Number(n);

// The learner's session (when given as one), attempt, question and review card, for a set of
// inputs `i`. Each input gives one row: every join is on a unique key.
const contextQuery = (inputs: Prisma.Sql) => Prisma.sql`
    SELECT i."n",
      s."userId" AS "sessionUserId", u."role", u."displayName", u."email", s."expiresAt", s."lastSeenAt",
      a."id", a."userId", a."unitId", a."unitVersionId", a."mode", a."plan", a."questionCount", a."answeredCount", a."correctCount", a."score", a."startedAt", a."finishedAt",
      c."due" AS "card_due", c."stability" AS "card_stability", c."difficulty" AS "card_difficulty", c."elapsedDays" AS "card_elapsedDays",
      c."scheduledDays" AS "card_scheduledDays", c."learningSteps" AS "card_learningSteps", c."reps" AS "card_reps", c."lapses" AS "card_lapses",
      c."state" AS "card_state", c."lastReview" AS "card_lastReview"
    FROM ${inputs}
    LEFT JOIN "Session" s ON s."tokenHash" = i."tokenHash"
    LEFT JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "Attempt" a ON a."id" = i."attemptId" AND a."userId" = COALESCE(i."userId", s."userId")
    LEFT JOIN "Question" q ON q."id" = a."unitId" || '/' || i."questionSlug"
    LEFT JOIN "ReviewCard" c ON c."userId" = a."userId" AND c."questionId" = q."id"`;

const sessionHashOf = (learner: Learner) => ("sessionHash" in learner ? learner.sessionHash : null);
const userIdOf = (learner: Learner) => ("userId" in learner ? learner.userId : null);

/** One read for many answers on PostgreSQL (their inputs as arrays); one per answer on SQLite, where reads cost no round trip. */
const readContexts = batched(async (database: Db, inputs: ContextInput[]): Promise<(ContextRow | undefined)[]> => {
  if (isSqlite(database)) {
    return Promise.all(
      inputs.map(async ({ learner, attemptId, questionSlug }) => {
        const input = Prisma.sql`(SELECT 1 AS "n", ${sessionHashOf(learner)} AS "tokenHash", ${userIdOf(learner)} AS "userId", ${attemptId} AS "attemptId", ${questionSlug} AS "questionSlug") i`;
        return (await readRows<ContextRow>(database, contextQuery(input)))[0];
      }),
    );
  }
  const rows = await readRows<ContextRow>(
    database,
    contextQuery(Prisma.sql`unnest(${inputs.map((i) => sessionHashOf(i.learner))}::text[], ${inputs.map((i) => userIdOf(i.learner))}::text[],
      ${inputs.map((i) => i.attemptId)}::text[], ${inputs.map((i) => i.questionSlug)}::text[]) WITH ORDINALITY AS i("tokenHash", "userId", "attemptId", "questionSlug", "n")`),
  );
  const byInput: (ContextRow | undefined)[] = [];
  for (const row of rows) byInput[int(row.n) - 1] = row;
  return inputs.map((_, k) => byInput[k]);
});

/**
 * The learner's attempt and one of its questions (anyone else's attempt is not found, and so is
 * every attempt for a session that has ended), with the learner's review card for it. One query
 * (see readContexts): it is on the path of every answer.
 */
export async function findAttemptQuestion(
  database: Db,
  learner: Learner | undefined,
  attemptId: string,
  questionSlug: string,
  now = new Date(),
): Promise<AttemptQuestion> {
  if (!learner) return notYours;
  const found = await readContexts(database, { learner, attemptId, questionSlug });
  if (!found) return notYours;
  if ("sessionHash" in learner) {
    if (found.sessionUserId === null || found.role === null || found.expiresAt === null || found.lastSeenAt === null) return notYours;
    const session = { id: found.sessionUserId, role: found.role, displayName: found.displayName, email: found.email, expiresAt: found.expiresAt, lastSeenAt: found.lastSeenAt };
    const { user, write } = judgeSession(session, now);
    await settleSession(database, learner.sessionHash, write, now);
    if (!user) return notYours;
  }
  // No attempt of this learner: every attempt column is null.
  if (found.id === null) return notYours;
  const attempt = found as ContextRow & AttemptColumns;
  const row: AttemptRow = {
    id: attempt.id,
    userId: attempt.userId,
    unitId: attempt.unitId,
    unitVersionId: attempt.unitVersionId,
    mode: attempt.mode,
    plan: attempt.plan,
    questionCount: int(attempt.questionCount),
    answeredCount: int(attempt.answeredCount),
    correctCount: int(attempt.correctCount),
    score: Number(attempt.score),
    startedAt: new Date(attempt.startedAt),
    finishedAt: attempt.finishedAt === null ? null : new Date(attempt.finishedAt),
  };
  const unit = await versionContent(database, row.unitVersionId);
  if (!unit) return notYours;
  const inPlan = parsePlan(row).some((p) => p.question === questionSlug);
  const question = inPlan ? questionsOf(unit).get(questionSlug) : undefined;
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
  learner: Learner | undefined,
  attemptId: string,
  questionSlug: string,
  rawAnswer: unknown,
  now = new Date(),
  locale: Locale = defaultLocale,
): Promise<AnswerOutcome> {
  const found = await findAttemptQuestion(database, learner, attemptId, questionSlug, now);
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

  let written: Written;
  try {
    written = await writeAnswer(database, row, id, scored, card, now);
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
      progress: { answered: int(counts.answeredCount), total: int(counts.questionCount), correct: int(counts.correctCount) },
    },
  };
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
/** What became of a write: stored (with the attempt's new counts), or nothing, as the attempt was finished or the question already answered. */
type Written = { outcome: "stored"; counts: Counts } | { outcome: "finished" } | { outcome: "duplicate" };

/**
 * Writes the answer: the attempt's counters, the response and, when it changes, the review card,
 * all or nothing; nothing when the attempt is finished. A duplicate answer fails on the unique
 * (attempt, question) index. SQLite, which has no writing WITH, runs three statements together
 * (see writeTogether); PostgreSQL writes the answers that arrive together in one statement.
 */
async function writeAnswer(database: Db, row: AttemptRow, id: string, scored: ScoredAnswer, card: StoredCard | null, now: Date): Promise<Written> {
  if (!isSqlite(database)) {
    return writeAnswers(database, { attemptId: row.id, userId: row.userId, questionId: id, responseId: newRowId(), scored, card, createdAt: now });
  }
  const open = Prisma.sql`
    UPDATE "Attempt" SET "answeredCount" = "answeredCount" + 1, "correctCount" = "correctCount" + ${scored.correct ? 1 : 0}, "score" = "score" + ${scored.score}
    WHERE "id" = ${row.id} AND "finishedAt" IS NULL
    RETURNING "answeredCount", "correctCount", "questionCount"`;
  const response = Prisma.sql`
    INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "choice", "correct", "score", "createdAt")
    SELECT ${newRowId()}, ${row.id}, ${id}, ${JSON.stringify(scored.answer)}, ${scored.choice}, ${scored.correct}, ${scored.score}, ${now} ${stillOpen(row.id)}`;
  const cardValues = (c: StoredCard) =>
    Prisma.sql`${row.userId}, ${id}, ${c.due}, ${c.stability}, ${c.difficulty}, ${c.elapsedDays}, ${c.scheduledDays}, ${c.learningSteps}, ${c.reps}, ${c.lapses}, ${c.state}, ${c.lastReview}`;
  const statements = card ? [open, response, cardStatement(cardValues(card), stillOpen(row.id))] : [open, response];
  const [updated] = await writeTogether(database, statements);
  const counts = updated?.[0] as Counts | undefined;
  return counts ? { outcome: "stored", counts } : { outcome: "finished" };
}

// The other rows only while the attempt is open: the UPDATE before them leaves it so.
const stillOpen = (attemptId: string) => Prisma.sql`WHERE EXISTS (SELECT 1 FROM "Attempt" WHERE "id" = ${attemptId} AND "finishedAt" IS NULL)`;

type AnswerWrite = { attemptId: string; userId: string; questionId: string; responseId: string; scored: ScoredAnswer; card: StoredCard | null; createdAt: Date };

/**
 * PostgreSQL: the answers that arrive together, in one statement (one round trip, one commit).
 * Their attempts are locked first, in id order, and only open ones take answers; a response
 * already stored for the attempt and question is left alone (the answer is then a duplicate) and
 * its answer changes nothing else. No two answers of one attempt, nor two review cards of one
 * learner and question, share a statement (`apart`), so each is written as if it came alone.
 */
const writeAnswers = batched(
  async (database: Db, answers: AnswerWrite[]): Promise<Written[]> => {
    const column = <T>(of: (a: AnswerWrite) => T) => answers.map(of);
    const cardColumn = <T>(of: (c: StoredCard) => T) => answers.map((a) => (a.card ? of(a.card) : null));
    const time = (date: Date | null) => (date ? postgresTimestamp(date) : null);
    const [rows = []] = await writeTogether(database, [
      Prisma.sql`
      WITH input AS (
        SELECT * FROM unnest(
          ${column((a) => a.responseId)}::text[], ${column((a) => a.attemptId)}::text[], ${column((a) => a.questionId)}::text[],
          ${column((a) => JSON.stringify(a.scored.answer))}::text[], ${column((a) => a.scored.choice)}::text[], ${column((a) => a.scored.correct)}::boolean[],
          ${column((a) => a.scored.score)}::double precision[], ${column((a) => postgresTimestamp(a.createdAt))}::timestamp(3)[], ${column((a) => a.userId)}::text[],
          ${cardColumn((c) => postgresTimestamp(c.due))}::timestamp(3)[], ${cardColumn((c) => c.stability)}::double precision[], ${cardColumn((c) => c.difficulty)}::double precision[],
          ${cardColumn((c) => c.elapsedDays)}::integer[], ${cardColumn((c) => c.scheduledDays)}::integer[], ${cardColumn((c) => c.learningSteps)}::integer[],
          ${cardColumn((c) => c.reps)}::integer[], ${cardColumn((c) => c.lapses)}::integer[], ${cardColumn((c) => c.state)}::integer[], ${cardColumn((c) => time(c.lastReview))}::timestamp(3)[]
        ) WITH ORDINALITY AS i("id", "attemptId", "questionId", "answer", "choice", "correct", "score", "createdAt", "userId",
          "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "n")
      ),
      open_attempts AS (
        SELECT a."id" FROM "Attempt" a WHERE a."id" IN (SELECT "attemptId" FROM input) AND a."finishedAt" IS NULL ORDER BY a."id" FOR UPDATE
      ),
      written AS (
        INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "choice", "correct", "score", "createdAt")
        SELECT i."id", i."attemptId", i."questionId", i."answer", i."choice", i."correct", i."score", i."createdAt" FROM input i JOIN open_attempts o ON o."id" = i."attemptId"
        ON CONFLICT ("attemptId", "questionId") DO NOTHING
        RETURNING "attemptId", "questionId"
      ),
      counted AS (
        UPDATE "Attempt" a SET "answeredCount" = a."answeredCount" + w."answered", "correctCount" = a."correctCount" + w."correct", "score" = a."score" + w."score"
        FROM (
          SELECT i."attemptId", count(*) AS "answered", count(*) FILTER (WHERE i."correct") AS "correct", sum(i."score") AS "score"
          FROM input i JOIN written w ON w."attemptId" = i."attemptId" AND w."questionId" = i."questionId" GROUP BY i."attemptId"
        ) w
        WHERE a."id" = w."attemptId"
        RETURNING a."id", a."answeredCount", a."correctCount", a."questionCount"
      ),
      cards AS (
        ${cardStatement(
          Prisma.raw(`i."userId", i."questionId", i."due", i."stability", i."difficulty", i."elapsedDays", i."scheduledDays", i."learningSteps", i."reps", i."lapses", i."state", i."lastReview"`),
          Prisma.sql`FROM input i JOIN written w ON w."attemptId" = i."attemptId" AND w."questionId" = i."questionId" WHERE i."due" IS NOT NULL`)}
      )
      SELECT i."n", o."id" IS NOT NULL AS "open", c."answeredCount", c."correctCount", c."questionCount"
      FROM input i
      LEFT JOIN open_attempts o ON o."id" = i."attemptId"
      LEFT JOIN written w ON w."attemptId" = i."attemptId" AND w."questionId" = i."questionId"
      LEFT JOIN counted c ON c."id" = w."attemptId"`,
    ]);
    const byInput: Written[] = [];
    for (const row of rows as ({ n: bigint | number; open: boolean } & Nullable<Counts>)[]) {
      const { answeredCount, correctCount, questionCount } = row;
      byInput[Number(row.n) - 1] =
        answeredCount !== null && correctCount !== null && questionCount !== null
          ? { outcome: "stored", counts: { answeredCount, correctCount, questionCount } }
          : { outcome: row.open ? "duplicate" : "finished" };
    }
    return answers.map((_, k) => byInput[k] ?? { outcome: "finished" });
  },
  { apart: (a, b) => a.attemptId === b.attemptId || (a.userId === b.userId && a.questionId === b.questionId) },
);

/** The learner's review card for the question, created or replaced: `values` (in the order of the columns below) for each row of `source`. */
function cardStatement(values: Prisma.Sql, source: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "ReviewCard" ("userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview")
    SELECT ${values}
    ${source}
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      "due" = excluded."due", "stability" = excluded."stability", "difficulty" = excluded."difficulty", "elapsedDays" = excluded."elapsedDays",
      "scheduledDays" = excluded."scheduledDays", "learningSteps" = excluded."learningSteps", "reps" = excluded."reps", "lapses" = excluded."lapses",
      "state" = excluded."state", "lastReview" = excluded."lastReview"`;
}
