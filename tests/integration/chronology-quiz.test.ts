import { POST as start } from "@/app/api/attempts/route";
import { POST as answer } from "@/app/api/attempts/[attempt]/answers/route";
import { contentUnit as getUnit } from "@/tests/support/content";
import { syncContent } from "@/lib/content/sync";
import type { AnswerResult, AttemptState } from "@/lib/quiz/types";
import { jsonRequest, sessionTokenFrom } from "@/tests/support/requests";
import { testDbWithContent } from "@/tests/support/test-database";

// Chronology questions are generated from the events, not written in questions.json; they must
// still be real Question rows, drawn, shown without their key, scored and stored like the others.

const UNIT = "northern-kosovo-2023";
const testDb = testDbWithContent();
const unit = () => getUnit(UNIT)!;
const generated = () => unit().questions.filter((q) => q.origin === "timeline");

async function startUnitQuiz(): Promise<{ token: string; state: AttemptState }> {
  const res = await start(jsonRequest("/api/attempts", { body: { unit: UNIT, mode: "unit" } }));
  expect(res.status).toBe(201);
  return { token: sessionTokenFrom(res)!, state: (await res.json()) as AttemptState };
}

it("stores every generated question as a Question row with its payload", async () => {
  const rows = await testDb.db.question.findMany({
    where: { unitId: UNIT, slug: { startsWith: "timeline-" } },
    select: { id: true, payload: true, retiredAt: true },
  });
  expect(rows.map((r) => r.id).sort()).toEqual(
    generated()
      .map((q) => `${UNIT}/${q.id}`)
      .sort(),
  );
  for (const row of rows) {
    expect(row.retiredAt).toBeNull();
    expect(JSON.parse(row.payload).origin).toBe("timeline");
  }
});

it("loads the same generated ids again without changing any row", async () => {
  const before = await testDb.db.question.findMany({ where: { unitId: UNIT }, orderBy: { id: "asc" } });
  await testDb.db.unit.update({ where: { id: UNIT }, data: { contentHash: "stale" } });
  await syncContent(testDb.db, [unit()]);
  const after = await testDb.db.question.findMany({ where: { unitId: UNIT }, orderBy: { id: "asc" } });
  expect(after).toEqual(before);
});

it("draws generated questions into the whole-unit quiz, hides their key, and scores them on the server", async () => {
  const ids = new Set(generated().map((q) => q.id));
  let found: { token: string; state: AttemptState; id: string } | undefined;
  for (let i = 0; i < 15 && !found; i++) {
    const { token, state } = await startUnitQuiz();
    const id = state.questions.map((q) => q.id).find((q) => ids.has(q));
    if (id) found = { token, state, id };
  }
  expect(found).toBeDefined();
  const { token, state, id } = found!;
  const full = generated().find((q) => q.id === id)!;
  const shown = JSON.stringify(state.questions.find((q) => q.id === id));
  expect(shown).not.toContain(full.explanation);
  expect(shown).not.toMatch(/"answer"|"difficulty"|"origin"/);

  const right = full.type === "single" ? full.answer : full.type === "order" ? full.items.map((i) => i.id) : undefined;
  const res = await answer(
    jsonRequest(`/api/attempts/${state.attempt.id}/answers`, {
      body: { questionId: id, answer: right },
      cookie: token,
    }),
    { params: Promise.resolve({ attempt: state.attempt.id }) },
  );
  expect(res.status).toBe(201);
  const result = (await res.json()) as AnswerResult;
  expect(result.correct).toBe(true);
  expect(result.explanation).toBe(full.explanation);
  // Feedback links every event the question is about, and their sources.
  expect(result.events.map((e) => e.id).sort()).toEqual([...full.eventIds].sort());
  expect(result.sources.length).toBeGreaterThan(0);
  const stored = await testDb.db.response.findFirst({
    where: { attemptId: state.attempt.id, questionId: `${UNIT}/${id}` },
  });
  expect(stored?.correct).toBe(true);
});
