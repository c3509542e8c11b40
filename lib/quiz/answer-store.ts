import "server-only";
import crypto from "node:crypto";
import { Prisma } from "@/generated/sqlite/client";
import type { SessionRow } from "@/lib/accounts/sessions";
import { batched, isSqlite, postgresTimestamp, readRows, writeTogether, type Db } from "@/lib/db";
import type { ScoredAnswer } from "@/lib/quiz/answers";
import type { AttemptRow } from "@/lib/quiz/attempts";
import type { StoredCard } from "@/lib/review/schedule";

// The answer path's store: the two statements every answer runs, in SQL that Prisma Client cannot
// write (one read joining five tables; on PostgreSQL one statement for the answers that arrive
// together), behind one typed interface. Callers see typed rows only; the SQL of both dialects and
// the database's raw values (text dates, bigint counts) stay in this file. Every table and column
// named in these statements is checked against prisma/schema.prisma by
// tests/unit/answer-store-sql.test.ts, so a rename fails in `npm test`, not at run time.

/**
 * Who answers: a user already known, or the session of the request (its token's hash), which is
 * then read in the same query as the attempt, so an answer costs one read.
 */
export type Learner = { userId: string } | { sessionHash: string };

export type AnswerContextInput = { learner: Learner; attemptId: string; questionSlug: string };

/**
 * What one answer needs, read at once: the session's user (when the learner was given as a session,
 * else null; also null when there is no such session), the learner's attempt (null when it is not
 * theirs or does not exist; it names the unit version it was made against, whose document holds the
 * question) and the learner's review card for it (null when there is none yet).
 */
export type AnswerContext = { session: SessionRow | null; attempt: AttemptRow | null; card: StoredCard | null };

/** An answer to write: the attempt it belongs to, the question's stored id, its score and the review card it leaves. */
export type AnswerWrite = {
  attempt: Pick<AttemptRow, "id" | "userId">;
  questionId: string;
  scored: ScoredAnswer;
  card: StoredCard | null;
  now: Date;
};

export type AnswerCounts = { answeredCount: number; correctCount: number; questionCount: number };
/** What became of a write: stored (with the attempt's new counts), or nothing, as the attempt was finished or the question already answered. */
export type Written = { outcome: "stored"; counts: AnswerCounts } | { outcome: "finished" } | { outcome: "duplicate" };

/** Reads the context of one answer (see AnswerContext): one query, batched with others on PostgreSQL. */
export async function readAnswerContext(database: Db, input: AnswerContextInput): Promise<AnswerContext> {
  const row = await readContexts(database, input);
  return row ? contextOf(row) : { session: null, attempt: null, card: null };
}

/**
 * Writes the answer: the attempt's counters, the response and, when given, the review card, all or
 * nothing; nothing when the attempt is finished. A duplicate answer is reported as such, or fails
 * on the unique (attempt, question) index (see isUniqueViolation). SQLite, which has no writing
 * WITH, runs three statements together (see writeTogether); PostgreSQL writes the answers that
 * arrive together in one statement.
 */
export async function writeAnswer(database: Db, write: AnswerWrite): Promise<Written> {
  const responseId = newRowId();
  if (!isSqlite(database)) return writeAnswers(database, { ...write, responseId });
  const [updated] = await writeTogether(database, sqliteWriteStatements({ ...write, responseId }));
  const counts = updated?.[0] as RawCounts | undefined;
  return counts ? { outcome: "stored", counts: countsOf(counts) } : { outcome: "finished" };
}

// ---- Rows as the database gives them -------------------------------------------------------------

// As readRows gives them: on SQLite dates as text and integers as bigint. Every column is null
// when the row it comes from is missing (no such session, not this learner's attempt…).
type Raw<T> = {
  [K in keyof T]: (T[K] extends Date ? Date | string : T[K] extends number ? number | bigint : T[K]) | null;
};
/** The row of contextQuery: the input's number, then the session's, attempt's and card's columns. */
type ContextRow = { n: number | bigint } & Raw<Omit<SessionRow, "id">> & {
    sessionUserId: string | null;
  } & Raw<AttemptRow> & {
    [K in keyof StoredCard as `card_${K}`]: Raw<StoredCard>[K];
  };
type RawCounts = { answeredCount: number | bigint; correctCount: number | bigint; questionCount: number | bigint };

const int = (n: number | bigint) => Number(n);
const date = (value: Date | string) => new Date(value);

function contextOf(row: ContextRow): AnswerContext {
  const session: SessionRow | null =
    row.sessionUserId !== null && row.role !== null && row.expiresAt !== null && row.lastSeenAt !== null
      ? {
          id: row.sessionUserId,
          role: row.role,
          displayName: row.displayName,
          email: row.email,
          expiresAt: row.expiresAt,
          lastSeenAt: row.lastSeenAt,
        }
      : null;
  const a = row;
  const attempt: AttemptRow | null =
    a.id === null ||
    a.userId === null ||
    a.unitId === null ||
    a.unitVersionId === null ||
    a.mode === null ||
    a.plan === null ||
    a.questionCount === null ||
    a.answeredCount === null ||
    a.correctCount === null ||
    a.score === null ||
    a.startedAt === null
      ? null
      : {
          id: a.id,
          userId: a.userId,
          unitId: a.unitId,
          unitVersionId: a.unitVersionId,
          mode: a.mode,
          plan: a.plan,
          questionCount: int(a.questionCount),
          answeredCount: int(a.answeredCount),
          correctCount: int(a.correctCount),
          score: Number(a.score),
          startedAt: date(a.startedAt),
          finishedAt: a.finishedAt === null ? null : date(a.finishedAt),
        };
  const card: StoredCard | null =
    row.card_due === null
      ? null
      : {
          due: date(row.card_due),
          stability: Number(row.card_stability),
          difficulty: Number(row.card_difficulty),
          elapsedDays: int(row.card_elapsedDays ?? 0),
          scheduledDays: int(row.card_scheduledDays ?? 0),
          learningSteps: int(row.card_learningSteps ?? 0),
          reps: int(row.card_reps ?? 0),
          lapses: int(row.card_lapses ?? 0),
          state: int(row.card_state ?? 0),
          lastReview: row.card_lastReview === null ? null : date(row.card_lastReview),
        };
  return { session, attempt, card };
}

const countsOf = (raw: RawCounts): AnswerCounts => ({
  answeredCount: int(raw.answeredCount),
  correctCount: int(raw.correctCount),
  questionCount: int(raw.questionCount),
});

// ---- Reading: one query per answer ---------------------------------------------------------------

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

const sqliteContextQuery = ({ learner, attemptId, questionSlug }: AnswerContextInput) =>
  contextQuery(
    Prisma.sql`(SELECT 1 AS "n", ${sessionHashOf(learner)} AS "tokenHash", ${userIdOf(learner)} AS "userId", ${attemptId} AS "attemptId", ${questionSlug} AS "questionSlug") i`,
  );

const postgresContextQuery = (inputs: AnswerContextInput[]) =>
  contextQuery(Prisma.sql`unnest(${inputs.map((i) => sessionHashOf(i.learner))}::text[], ${inputs.map((i) => userIdOf(i.learner))}::text[],
      ${inputs.map((i) => i.attemptId)}::text[], ${inputs.map((i) => i.questionSlug)}::text[]) WITH ORDINALITY AS i("tokenHash", "userId", "attemptId", "questionSlug", "n")`);

/** One read for many answers on PostgreSQL (their inputs as arrays); one per answer on SQLite, where reads cost no round trip. */
const readContexts = batched(
  async (database: Db, inputs: AnswerContextInput[]): Promise<(ContextRow | undefined)[]> => {
    if (isSqlite(database))
      return Promise.all(
        inputs.map(async (input) => (await readRows<ContextRow>(database, sqliteContextQuery(input)))[0]),
      );
    const rows = await readRows<ContextRow>(database, postgresContextQuery(inputs));
    const byInput: (ContextRow | undefined)[] = [];
    for (const row of rows) byInput[int(row.n) - 1] = row;
    return inputs.map((_, k) => byInput[k]);
  },
);

// ---- Writing -------------------------------------------------------------------------------------

type StoreWrite = AnswerWrite & { responseId: string };

/** A new row id in the shape of Prisma's cuid() default: a letter, then lower-case letters and digits. */
function newRowId(): string {
  return `c${randomBytes15()
    .toString("base64url")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "0")}`;
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

/** SQLite: the attempt's counters (only while it is open), then the response and the card (only while it still is). */
function sqliteWriteStatements({ attempt, questionId, scored, card, now, responseId }: StoreWrite): Prisma.Sql[] {
  const open = Prisma.sql`
    UPDATE "Attempt" SET "answeredCount" = "answeredCount" + 1, "correctCount" = "correctCount" + ${scored.correct ? 1 : 0}, "score" = "score" + ${scored.score}
    WHERE "id" = ${attempt.id} AND "finishedAt" IS NULL
    RETURNING "answeredCount", "correctCount", "questionCount"`;
  const response = Prisma.sql`
    INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "choice", "correct", "score", "createdAt")
    SELECT ${responseId}, ${attempt.id}, ${questionId}, ${JSON.stringify(scored.answer)}, ${scored.choice}, ${scored.correct}, ${scored.score}, ${now} ${stillOpen(attempt.id)}`;
  const cardValues = (c: StoredCard) =>
    Prisma.sql`${attempt.userId}, ${questionId}, ${c.due}, ${c.stability}, ${c.difficulty}, ${c.elapsedDays}, ${c.scheduledDays}, ${c.learningSteps}, ${c.reps}, ${c.lapses}, ${c.state}, ${c.lastReview}`;
  return card ? [open, response, cardStatement(cardValues(card), stillOpen(attempt.id))] : [open, response];
}

// The other rows only while the attempt is open: the UPDATE before them leaves it so.
const stillOpen = (attemptId: string) =>
  Prisma.sql`WHERE EXISTS (SELECT 1 FROM "Attempt" WHERE "id" = ${attemptId} AND "finishedAt" IS NULL)`;

/** PostgreSQL: the answers of `answers`, in one statement (see writeAnswers). */
function postgresWriteStatement(answers: StoreWrite[]): Prisma.Sql {
  const column = <T>(of: (a: StoreWrite) => T) => answers.map(of);
  const cardColumn = <T>(of: (c: StoredCard) => T) => answers.map((a) => (a.card ? of(a.card) : null));
  const time = (value: Date | null) => (value ? postgresTimestamp(value) : null);
  return Prisma.sql`
      WITH input AS (
        SELECT * FROM unnest(
          ${column((a) => a.responseId)}::text[], ${column((a) => a.attempt.id)}::text[], ${column((a) => a.questionId)}::text[],
          ${column((a) => JSON.stringify(a.scored.answer))}::text[], ${column((a) => a.scored.choice)}::text[], ${column((a) => a.scored.correct)}::boolean[],
          ${column((a) => a.scored.score)}::double precision[], ${column((a) => postgresTimestamp(a.now))}::timestamp(3)[], ${column((a) => a.attempt.userId)}::text[],
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
          Prisma.raw(
            `i."userId", i."questionId", i."due", i."stability", i."difficulty", i."elapsedDays", i."scheduledDays", i."learningSteps", i."reps", i."lapses", i."state", i."lastReview"`,
          ),
          Prisma.sql`FROM input i JOIN written w ON w."attemptId" = i."attemptId" AND w."questionId" = i."questionId" WHERE i."due" IS NOT NULL`,
        )}
      )
      SELECT i."n", o."id" IS NOT NULL AS "open", c."answeredCount", c."correctCount", c."questionCount"
      FROM input i
      LEFT JOIN open_attempts o ON o."id" = i."attemptId"
      LEFT JOIN written w ON w."attemptId" = i."attemptId" AND w."questionId" = i."questionId"
      LEFT JOIN counted c ON c."id" = w."attemptId"`;
}

/**
 * PostgreSQL: the answers that arrive together, in one statement (one round trip, one commit).
 * Their attempts are locked first, in id order, and only open ones take answers; a response
 * already stored for the attempt and question is left alone (the answer is then a duplicate) and
 * its answer changes nothing else. No two answers of one attempt, nor two review cards of one
 * learner and question, share a statement (`apart`), so each is written as if it came alone.
 */
const writeAnswers = batched(
  async (database: Db, answers: StoreWrite[]): Promise<Written[]> => {
    const [rows = []] = await writeTogether(database, [postgresWriteStatement(answers)]);
    const byInput: Written[] = [];
    for (const row of rows as ({ n: bigint | number; open: boolean } & {
      [K in keyof RawCounts]: RawCounts[K] | null;
    })[]) {
      const { answeredCount, correctCount, questionCount } = row;
      byInput[Number(row.n) - 1] =
        answeredCount !== null && correctCount !== null && questionCount !== null
          ? { outcome: "stored", counts: countsOf({ answeredCount, correctCount, questionCount }) }
          : { outcome: row.open ? "duplicate" : "finished" };
    }
    return answers.map((_, k) => byInput[k] ?? { outcome: "finished" });
  },
  {
    apart: (a, b) =>
      a.attempt.id === b.attempt.id || (a.attempt.userId === b.attempt.userId && a.questionId === b.questionId),
  },
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

/**
 * Every statement of this store in both dialects, built from sample values, for the check of their
 * tables and columns against the Prisma schema (tests/unit/answer-store-sql.test.ts).
 */
export function answerStoreStatements(): { name: string; sql: Prisma.Sql }[] {
  const input: AnswerContextInput = { learner: { sessionHash: "h" }, attemptId: "a", questionSlug: "q" };
  const card: StoredCard = {
    due: new Date(0),
    stability: 1,
    difficulty: 1,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    lastReview: null,
  };
  const write: StoreWrite = {
    attempt: { id: "a", userId: "u" },
    questionId: "unit/q",
    scored: { answer: "x", choice: "x", correct: true, score: 1 } as ScoredAnswer,
    card,
    now: new Date(0),
    responseId: "r",
  };
  return [
    { name: "read context (SQLite)", sql: sqliteContextQuery(input) },
    { name: "read contexts (PostgreSQL)", sql: postgresContextQuery([input]) },
    ...sqliteWriteStatements(write).map((sql, i) => ({ name: `write answer (SQLite) #${i + 1}`, sql })),
    { name: "write answers (PostgreSQL)", sql: postgresWriteStatement([write]) },
  ];
}
