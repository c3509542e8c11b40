import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { loadUnitFromDir } from "@/lib/content/load";
import type { Question, Unit } from "@/lib/content/schema";
import { getUnit, getUnits } from "@/lib/content/store";
import { publishUnitVersion, syncContent } from "@/lib/content/sync";
import { finishAttempt, startAttempt } from "@/lib/quiz/attempts";
import { recordAnswer } from "@/lib/quiz/record-answer";
import { createTestDb, type TestDb } from "@/tests/support/test-database";

const unitDir = path.join(process.cwd(), "content", "northern-kosovo-2023");

// Each test loads the real unit under a slug of its own, so they do not see each other's versions.
function realUnit(slug: string): Unit {
  const { unit, problems } = loadUnitFromDir(unitDir);
  if (!unit) throw new Error(`the first unit does not load: ${JSON.stringify(problems)}`);
  return { ...unit, meta: { ...unit.meta, slug } };
}

/**
 * The unit with its first FAQ question reworded and its key moved to another option (whose
 * misconception notes go, in English and in the translations).
 */
function withFirstFaqChanged(unit: Unit): {
  edited: Unit;
  before: Question & { type: "single" };
  after: Question & { type: "single" };
} {
  const before = unit.questions.find((q) => q.fromFaq && q.type === "single") as Question & { type: "single" };
  const answer = before.options.find((o) => o.id !== before.answer)!.id;
  const without = (notes: Record<string, string> | undefined) =>
    notes && Object.fromEntries(Object.entries(notes).filter(([id]) => id !== answer));
  const after = {
    ...before,
    prompt: `${before.prompt} (revised)`,
    explanation: `${before.explanation} (revised)`,
    answer,
    misconceptions: without(before.misconceptions)!,
  };
  const translations = structuredClone(unit.translations ?? {});
  for (const translation of Object.values(translations)) {
    const question = translation.questions[before.id];
    if (question?.misconceptions) question.misconceptions = without(question.misconceptions);
  }
  return {
    edited: { ...unit, translations, questions: unit.questions.map((q) => (q.id === before.id ? after : q)) },
    before,
    after,
  };
}

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.cleanup());

describe("publishing a unit version", () => {
  it("adds version 2 beside version 1, which stays readable; the same content again adds nothing", async () => {
    const unit = realUnit("publish-v2");
    expect(await syncContent(t.db, [unit])).toEqual({ unitsChanged: 1, unitsUnchanged: 0 });
    expect((await getUnit(t.db, "publish-v2"))?.version).toEqual({
      id: "publish-v2@1",
      unitId: "publish-v2",
      number: 1,
    });

    const { edited, before, after } = withFirstFaqChanged(unit);
    const published = await publishUnitVersion(t.db, edited, undefined);
    expect(published).toMatchObject({ ok: true, created: true, version: { id: "publish-v2@2", number: 2 } });
    expect(await publishUnitVersion(t.db, edited)).toMatchObject({ ok: true, created: false, version: { number: 2 } });

    const latest = (await getUnit(t.db, "publish-v2"))!;
    expect(latest.version.number).toBe(2);
    expect(latest.questions.find((q) => q.id === before.id)?.prompt).toBe(after.prompt);
    const first = (await getUnit(t.db, "publish-v2", "en", 1))!;
    expect(first.questions.find((q) => q.id === before.id)?.prompt).toBe(before.prompt);
    expect((await getUnit(t.db, "publish-v2", "sq"))?.version.number).toBe(2);
    expect((await getUnits(t.db)).filter((u) => u.meta.slug === "publish-v2").map((u) => u.version.number)).toEqual([
      2,
    ]);
    expect(await getUnit(t.db, "publish-v2", "en", 3)).toBeUndefined();

    const row = await t.db.unitVersion.findUniqueOrThrow({ where: { id: "publish-v2@2" } });
    expect(row).toMatchObject({ status: "published", createdById: null });
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect(row.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await t.db.unit.findUniqueOrThrow({ where: { id: "publish-v2" } })).contentHash).toBe(row.contentHash);
  });

  it("refuses an invalid document with the content check's messages and changes nothing", async () => {
    const unit = realUnit("publish-invalid");
    await syncContent(t.db, [unit]);
    const broken: Unit = {
      ...unit,
      events: unit.events.map((e, i) => (i === 0 ? { ...e, actors: ["nobody-at-all"] } : e)),
    };
    const refused = await publishUnitVersion(t.db, broken);
    expect(refused).toEqual({
      ok: false,
      reason: "unit-invalid",
      problems: expect.arrayContaining([
        {
          file: "publish-invalid/events.json",
          path: expect.stringMatching(/actors/),
          message: 'unknown actor id "nobody-at-all" (not in actors.json)',
        },
      ]),
    });
    expect(await t.db.unitVersion.count({ where: { unitId: "publish-invalid" } })).toBe(1);
  });

  it("refuses a document whose translation names a language the app does not have", async () => {
    const unit = realUnit("publish-language");
    await syncContent(t.db, [unit]);
    const translations = {
      ...unit.translations,
      de: Object.values(unit.translations ?? {})[0],
    } as Unit["translations"];
    const refused = await publishUnitVersion(t.db, { ...unit, translations });
    expect(refused).toEqual({
      ok: false,
      reason: "unit-invalid",
      problems: [expect.objectContaining({ file: "publish-language/translations/de.json", path: "" })],
    });
    expect(await t.db.unitVersion.count({ where: { unitId: "publish-language" } })).toBe(1);
  });

  it("loading content/ twice adds no version", async () => {
    const unit = realUnit("load-twice");
    await syncContent(t.db, [unit]);
    expect(await syncContent(t.db, [realUnit("load-twice")])).toEqual({ unitsChanged: 0, unitsUnchanged: 1 });
    expect(await t.db.unitVersion.count({ where: { unitId: "load-twice" } })).toBe(1);
    expect((await t.db.unit.findUniqueOrThrow({ where: { id: "load-twice" } })).builtIn).toBe(true);
  });
});

describe("an attempt keeps the version it was started on", () => {
  it("an attempt started on v1 is answered, finished and scored on v1 after v2 is published", async () => {
    const unit = realUnit("keeps-v1");
    await syncContent(t.db, [unit]);
    const { edited, before, after } = withFirstFaqChanged(unit);
    const user = await t.db.user.create({ data: { role: "student" } });

    const started = await startAttempt(t.db, user.id, "keeps-v1", "faq");
    if (!started.ok) throw new Error(started.reason);
    const attemptId = started.state.attempt.id;
    expect(started.state.questions.find((q) => q.id === before.id)?.prompt).toBe(before.prompt);

    expect(await publishUnitVersion(t.db, edited)).toMatchObject({ ok: true, version: { number: 2 } });

    // v1's key is right, v2's would be wrong; the feedback is v1's.
    const answered = await recordAnswer(t.db, { userId: user.id }, attemptId, before.id, before.answer);
    if (!answered.ok) throw new Error(answered.reason);
    expect(answered.result).toMatchObject({
      correct: true,
      score: 1,
      explanation: before.explanation,
      correctAnswer: { value: before.answer },
    });

    const finished = await finishAttempt(t.db, user.id, attemptId);
    if (!finished.ok) throw new Error(finished.reason);
    const review = finished.state.result!.review.find((r) => r.questionId === before.id)!;
    expect(review).toMatchObject({
      prompt: before.prompt,
      correct: true,
      correctAnswer: { value: before.answer },
      explanation: before.explanation,
    });
    expect(finished.state.result!.correct).toBe(1);
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).unitVersionId).toBe("keeps-v1@1");

    // A new attempt is on v2: the same answer is now wrong.
    const next = await startAttempt(t.db, user.id, "keeps-v1", "faq");
    if (!next.ok) throw new Error(next.reason);
    expect(next.state.questions.find((q) => q.id === after.id)?.prompt).toBe(after.prompt);
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: next.state.attempt.id } })).unitVersionId).toBe(
      "keeps-v1@2",
    );
    const again = await recordAnswer(t.db, { userId: user.id }, next.state.attempt.id, after.id, before.answer);
    expect(again).toMatchObject({ ok: true, result: { correct: false, explanation: after.explanation } });
  });
});

describe("another process", () => {
  const children: ChildProcess[] = [];
  afterAll(() => children.forEach((child) => child.kill("SIGTERM")));

  it("sees a newly published version within a second", async () => {
    const unit = realUnit("seen-elsewhere");
    await syncContent(t.db, [unit]);
    const child = spawn(
      process.execPath,
      [path.join("node_modules", "tsx", "dist", "cli.mjs"), "tests/support/unit-watch-process.ts", "seen-elsewhere"],
      {
        env: { ...process.env, DATABASE_URL: t.url, NODE_ENV: "test" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    children.push(child);
    let out = "";
    const waiters: { pattern: RegExp; resolve: () => void }[] = [];
    const check = () => waiters.filter((w) => w.pattern.test(out)).forEach((w) => w.resolve());
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      check();
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const seen = (pattern: RegExp, ms: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`not seen within ${ms} ms: ${pattern}; the process printed: ${out}`)),
          ms,
        );
        waiters.push({ pattern, resolve: () => (clearTimeout(timer), resolve()) });
        check();
      });

    await seen(/version 1\n/, 30_000);
    // Let the other process settle on version 1 (its LISTEN connection up, on PostgreSQL).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await publishUnitVersion(t.db, withFirstFaqChanged(unit).edited)).toMatchObject({ ok: true, created: true });
    const published = Date.now();
    await seen(/version 2\n/, 1000);
    console.log(`another process saw version 2 ${Date.now() - published} ms after it was published`);
  });
});
