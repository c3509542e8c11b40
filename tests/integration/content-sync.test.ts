import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BIG_UNIT_SLUG, writeBigUnit } from "@/tests/support/big-unit";
import { loadUnitFromDir } from "@/lib/content/load";
import type { Unit } from "@/lib/content/schema";
import { syncContent } from "@/lib/content/sync";
import { createTestDb, type TestDb } from "@/tests/support/test-database";

const unitDir = path.join(process.cwd(), "content", "northern-kosovo-2023");

// tests/support gives one database per test file, so each test loads the real unit under its own
// slug and the tests do not see each other's rows.
function realUnit(slug: string): Unit {
  const { unit, problems } = loadUnitFromDir(unitDir);
  if (!unit) throw new Error(`the first unit does not load: ${JSON.stringify(problems)}`);
  return { ...unit, meta: { ...unit.meta, slug } };
}

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb.cleanup();
});

async function rowCounts(unitId: string) {
  const { db } = testDb;
  return {
    units: await db.unit.count({ where: { id: unitId } }),
    events: await db.timelineEvent.count({ where: { unitId } }),
    questions: await db.question.count({ where: { unitId } }),
  };
}

it("loads the unit once and skips it when its content is unchanged", async () => {
  const unit = realUnit("sync-twice");
  expect(await syncContent(testDb.db, [unit])).toEqual({ unitsChanged: 1, unitsUnchanged: 0 });
  const first = await rowCounts(unit.meta.slug);
  expect(first).toEqual({ units: 1, events: unit.events.length, questions: unit.questions.length });

  expect(await syncContent(testDb.db, [realUnit("sync-twice")])).toEqual({ unitsChanged: 0, unitsUnchanged: 1 });
  expect(await rowCounts(unit.meta.slug)).toEqual(first);

  const question = unit.questions[0]!;
  const row = await testDb.db.question.findUniqueOrThrow({ where: { id: `${unit.meta.slug}/${question.id}` } });
  expect(row).toMatchObject({ slug: question.id, type: question.type, fromFaq: question.fromFaq, retiredAt: null });
  expect(JSON.parse(row.payload)).toEqual(question);
  expect(JSON.parse(row.eventIds)).toEqual(question.eventIds);
});

it("updates an edited question in place, keeping the responses that point to it", async () => {
  const unit = realUnit("edit-question");
  await syncContent(testDb.db, [unit]);
  const question = unit.questions[0]!;
  const questionId = `${unit.meta.slug}/${question.id}`;

  const user = await testDb.db.user.create({ data: { role: "student" } });
  const attempt = await testDb.db.attempt.create({
    data: {
      userId: user.id,
      unitId: unit.meta.slug,
      unitVersionId: `${unit.meta.slug}@1`,
      mode: "unit",
      seed: "s",
      plan: "[]",
      questionCount: 1,
    },
  });
  const response = await testDb.db.response.create({
    data: { attemptId: attempt.id, questionId, answer: '"x"', choice: "x", correct: false, score: 0 },
  });

  const edited: Unit = {
    ...unit,
    contentHash: `${unit.contentHash}-edited`,
    questions: unit.questions.map((q) => (q.id === question.id ? { ...q, prompt: `${q.prompt} (reworded)` } : q)),
  };
  expect(await syncContent(testDb.db, [edited])).toEqual({ unitsChanged: 1, unitsUnchanged: 0 });

  const row = await testDb.db.question.findUniqueOrThrow({ where: { id: questionId } });
  expect(row.prompt).toBe(`${question.prompt} (reworded)`);
  expect(JSON.parse(row.payload).prompt).toBe(`${question.prompt} (reworded)`);
  const kept = await testDb.db.response.findUniqueOrThrow({ where: { id: response.id } });
  expect(kept.questionId).toBe(questionId);
  expect((await testDb.db.unit.findUniqueOrThrow({ where: { id: unit.meta.slug } })).contentHash).toBe(
    edited.contentHash,
  );
});

it("retires a removed question and event without deleting them, and revives them when re-added", async () => {
  const unit = realUnit("remove-question");
  const unitId = unit.meta.slug;
  await syncContent(testDb.db, [unit]);
  const before = await rowCounts(unitId);
  const removedQuestion = unit.questions.at(-1)!;
  const removedEvent = unit.events.at(-1)!;

  const trimmed: Unit = {
    ...unit,
    contentHash: `${unit.contentHash}-trimmed`,
    questions: unit.questions.filter((q) => q.id !== removedQuestion.id),
    events: unit.events.filter((e) => e.id !== removedEvent.id),
  };
  await syncContent(testDb.db, [trimmed]);

  expect(await rowCounts(unitId)).toEqual(before);
  const retiredQuestion = await testDb.db.question.findUniqueOrThrow({
    where: { id: `${unit.meta.slug}/${removedQuestion.id}` },
  });
  expect(retiredQuestion.retiredAt).toBeInstanceOf(Date);
  const retiredEvent = await testDb.db.timelineEvent.findUniqueOrThrow({
    where: { id: `${unit.meta.slug}/${removedEvent.id}` },
  });
  expect(retiredEvent.retiredAt).toBeInstanceOf(Date);
  expect(await testDb.db.question.count({ where: { unitId, retiredAt: { not: null } } })).toBe(1);

  await syncContent(testDb.db, [unit]);
  expect(await testDb.db.question.count({ where: { unitId, retiredAt: { not: null } } })).toBe(0);
  expect(await testDb.db.timelineEvent.count({ where: { unitId, retiredAt: { not: null } } })).toBe(0);
});

it("loads and retires a unit of 1,000 events (more than SQLite's 999 parameters per statement)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-big-"));
  try {
    const { unit, problems } = loadUnitFromDir(writeBigUnit(dir));
    expect(problems).toEqual([]);
    await syncContent(testDb.db, [unit!]);
    expect(await testDb.db.timelineEvent.count({ where: { unitId: BIG_UNIT_SLUG, retiredAt: null } })).toBe(1000);

    const kept = new Set(unit!.questions.flatMap((q) => q.eventIds));
    const shrunk: Unit = { ...unit!, events: unit!.events.filter((e) => kept.has(e.id)), contentHash: "shrunk" };
    await syncContent(testDb.db, [shrunk]);
    expect(await testDb.db.timelineEvent.count({ where: { unitId: BIG_UNIT_SLUG, retiredAt: null } })).toBe(
      shrunk.events.length,
    );
    expect(await testDb.db.timelineEvent.count({ where: { unitId: BIG_UNIT_SLUG } })).toBe(1000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
