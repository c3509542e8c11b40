import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadUnitFromDir } from "@/lib/content/load";
import { stopListening } from "@/lib/content/published";
import type { Unit } from "@/lib/content/schema";
import { getUnit } from "@/lib/content/store";
import { syncContent } from "@/lib/content/sync";
import { createDb, databaseKind, type Db } from "@/lib/db";
import { attemptSelect, attemptState } from "@/lib/quiz/attempts";
import { migrate, migrationsDir } from "@/prisma/tooling/migrate";
import { createScratchDatabase, type ScratchDatabase } from "@/tests/support/scratch-database";

// The migration that gives units versions, applied to a database holding answers made before it:
// every attempt, answer, review card, read and live session is kept and points at version 1 of its
// unit, which the content load then fills with its document.

const unitDir = path.join(process.cwd(), "content", "northern-kosovo-2023");

function realUnit(slug: string): Unit {
  const { unit } = loadUnitFromDir(unitDir);
  return { ...unit!, meta: { ...unit!.meta, slug } };
}

let scratch: ScratchDatabase;
let dir: string;
let database: Db;

beforeAll(async () => {
  const base = process.env.TEST_DATABASE_URL;
  scratch = await createScratchDatabase(base && /^postgres(ql)?:\/\//.test(base) ? base : undefined);
  const all = migrationsDir(databaseKind(scratch.url));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-migrations-"));
  fs.cpSync(all, dir, { recursive: true });
  const versions = fs.readdirSync(dir).find((name) => name.endsWith("_unit_versions"))!;
  fs.rmSync(path.join(dir, versions), { recursive: true });
  await migrate(scratch.url, { dir });
  database = createDb(scratch.url);
  await loadAsBefore(realUnit("kept-same"), realUnit("kept-same").contentHash);
  // A unit whose rows were loaded from content that has changed since (a reworded question).
  const changed = realUnit("kept-changed");
  await loadAsBefore(
    {
      ...changed,
      questions: changed.questions.map((q, i) => (i === 0 ? { ...q, prompt: `${q.prompt} (as it was)` } : q)),
    },
    "an-older-hash",
  );
  await answerAsBefore("kept-same");
  await answerAsBefore("kept-changed");
  fs.cpSync(path.join(all, versions), path.join(dir, versions), { recursive: true });
});

afterAll(async () => {
  await stopListening(database);
  await database.$disconnect();
  await scratch.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The rows the content load wrote before units had versions. */
async function loadAsBefore(unit: Unit, contentHash: string) {
  const id = unit.meta.slug;
  await database.$executeRaw`INSERT INTO "Unit" ("id", "title", "contentHash") VALUES (${id}, ${unit.meta.title}, ${contentHash})`;
  for (const e of unit.events) {
    await database.$executeRaw`INSERT INTO "TimelineEvent" ("id", "unitId", "slug", "date", "title", "category", "contentHash")
      VALUES (${`${id}/${e.id}`}, ${id}, ${e.id}, ${e.date}, ${e.title}, ${e.category}, ${"h"})`;
  }
  for (const q of unit.questions) {
    await database.$executeRaw`INSERT INTO "Question" ("id", "unitId", "slug", "type", "prompt", "fromFaq", "eventIds", "payload", "contentHash")
      VALUES (${`${id}/${q.id}`}, ${id}, ${q.id}, ${q.type}, ${q.prompt}, ${q.fromFaq}, ${JSON.stringify(q.eventIds)}, ${JSON.stringify(q)}, ${"h"})`;
  }
}

/** A finished attempt with one right answer, its review card, a read, and a live session's seat. */
async function answerAsBefore(unitId: string) {
  const unit = realUnit(unitId);
  const question = unit.questions.find((q) => q.fromFaq && q.type === "single")!;
  if (question.type !== "single") throw new Error("expected a single-choice question");
  const user = `${unitId}-user`;
  await database.$executeRaw`INSERT INTO "User" ("id", "role") VALUES (${user}, ${"student"})`;
  const plan = JSON.stringify([{ question: question.id, order: question.options.map((o) => o.id) }]);
  await database.$executeRaw`INSERT INTO "Attempt" ("id", "userId", "unitId", "mode", "seed", "plan", "questionCount", "answeredCount", "correctCount", "score", "finishedAt")
    VALUES (${`${unitId}-attempt`}, ${user}, ${unitId}, ${"faq"}, ${"s"}, ${plan}, ${1}, ${1}, ${1}, ${1}, ${new Date()})`;
  await database.$executeRaw`INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "choice", "correct", "score")
    VALUES (${`${unitId}-response`}, ${`${unitId}-attempt`}, ${`${unitId}/${question.id}`}, ${JSON.stringify(question.answer)}, ${question.answer}, ${true}, ${1})`;
  await database.$executeRaw`INSERT INTO "ReviewCard" ("userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "reps", "lapses", "state")
    VALUES (${user}, ${`${unitId}/${question.id}`}, ${new Date()}, ${1}, ${5}, ${0}, ${1}, ${1}, ${0}, ${2})`;
  await database.$executeRaw`INSERT INTO "EventRead" ("userId", "eventId") VALUES (${user}, ${`${unitId}/${unit.events[0]!.id}`})`;
  await database.$executeRaw`INSERT INTO "LiveSession" ("id", "code", "teacherId", "unitId", "mode", "plan") VALUES (${`${unitId}-live`}, ${`${unitId}-code`}, ${user}, ${unitId}, ${"faq"}, ${plan})`;
  await database.$executeRaw`INSERT INTO "Attempt" ("id", "userId", "unitId", "mode", "seed", "plan", "questionCount")
    VALUES (${`${unitId}-live-attempt`}, ${user}, ${unitId}, ${"live"}, ${"s"}, ${plan}, ${1})`;
  await database.$executeRaw`INSERT INTO "LiveParticipant" ("id", "sessionId", "userId", "attemptId", "displayName")
    VALUES (${`${unitId}-seat`}, ${`${unitId}-live`}, ${user}, ${`${unitId}-live-attempt`}, ${"Dev"})`;
}

type Counts = Record<string, number>;
async function counts(): Promise<Counts> {
  const tables = [
    "User",
    "Unit",
    "TimelineEvent",
    "Question",
    "Attempt",
    "Response",
    "ReviewCard",
    "EventRead",
    "LiveSession",
    "LiveParticipant",
  ];
  const found: Counts = {};
  for (const table of tables) {
    const rows = await database.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
    found[table] = Number(rows[0]!.n);
  }
  return found;
}

const answers = () =>
  database.$queryRaw<
    { id: string; attemptId: string; questionId: string; choice: string }[]
  >`SELECT "id", "attemptId", "questionId", "choice" FROM "Response" ORDER BY "id"`;

it("keeps every answer, card, read and live seat, each on version 1 of its unit", async () => {
  const before = { counts: await counts(), answers: await answers() };
  expect(before.counts).toMatchObject({ Attempt: 4, Response: 2, ReviewCard: 2, EventRead: 2, LiveParticipant: 2 });

  expect(await migrate(scratch.url, { dir })).toEqual([expect.stringMatching(/_unit_versions$/)]);

  expect(await counts()).toEqual(before.counts);
  expect(await answers()).toEqual(before.answers);
  const attempts = await database.attempt.findMany({ select: { id: true, unitId: true, unitVersionId: true } });
  expect(attempts.every((a) => a.unitVersionId === `${a.unitId}@1`)).toBe(true);
  const reads = await database.eventRead.findMany({ select: { eventId: true, unitVersionId: true } });
  expect(reads.every((r) => r.unitVersionId === `${r.eventId.split("/")[0]}@1`)).toBe(true);
  const sessions = await database.liveSession.findMany({ select: { unitId: true, unitVersionId: true } });
  expect(sessions.every((s) => s.unitVersionId === `${s.unitId}@1`)).toBe(true);
  const versions = await database.unitVersion.findMany({ orderBy: { id: "asc" } });
  expect(versions.map((v) => ({ id: v.id, number: v.number, status: v.status, document: v.document }))).toEqual([
    { id: "kept-changed@1", number: 1, status: "published", document: null },
    { id: "kept-same@1", number: 1, status: "published", document: null },
  ]);
  expect(versions.find((v) => v.id === "kept-same@1")!.contentHash).toBe(realUnit("kept-same").contentHash);
  expect((await database.unit.findMany({ select: { builtIn: true } })).every((u) => u.builtIn)).toBe(true);
});

it("the content load fills version 1, and publishes version 2 only where the content changed", async () => {
  expect(await syncContent(database, [realUnit("kept-same"), realUnit("kept-changed")])).toEqual({
    unitsChanged: 1,
    unitsUnchanged: 1,
  });
  expect((await getUnit(database, "kept-same"))?.version.number).toBe(1);
  expect((await getUnit(database, "kept-changed"))?.version.number).toBe(2);
  const first = realUnit("kept-changed").questions[0]!;
  expect((await getUnit(database, "kept-changed", "en", 1))?.questions.find((q) => q.id === first.id)?.prompt).toBe(
    `${first.prompt} (as it was)`,
  );
  expect((await getUnit(database, "kept-changed"))?.questions.find((q) => q.id === first.id)?.prompt).toBe(
    first.prompt,
  );

  // The old attempts read as they did: their answer is there, right, on version 1.
  for (const unitId of ["kept-same", "kept-changed"]) {
    const row = await database.attempt.findUniqueOrThrow({ where: { id: `${unitId}-attempt` }, select: attemptSelect });
    const state = (await attemptState(database, row))!;
    expect(state.result).toMatchObject({ correct: 1, total: 1 });
    expect(Object.values(state.feedback)).toEqual([expect.objectContaining({ correct: true, score: 1 })]);
  }
});
