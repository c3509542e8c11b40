import { POST as start } from "@/app/api/attempts/route";
import { POST as answer } from "@/app/api/attempts/[attempt]/answers/route";
import { POST as finish } from "@/app/api/attempts/[attempt]/finish/route";
import { POST as retryRoute } from "@/app/api/attempts/[attempt]/retry/route";
import { fetchScoreTable } from "@/lib/reports/score-table";
import { contentUnit as getUnit } from "@/tests/support/content";
import type { AnswerResult, AttemptState } from "@/lib/quiz/types";
import { jsonRequest } from "@/tests/support/requests";
import { testDbWithContent } from "@/tests/support/test-database";
import { joinAs, newClass, teacherToken } from "@/tests/support/classrooms";

// Multiple-select partial credit, scored on the server and carried into the attempt's score, the
// result page and the teacher's score table. blinken-call-points keys 3 of its 5 options.

const UNIT = "northern-kosovo-2023";
const QUESTION = "blinken-call-points";
const testDb = testDbWithContent();
const ctx = (attempt: string) => ({ params: Promise.resolve({ attempt }) });

async function attemptOf(token: string, questions: string[]): Promise<string> {
  const res = await start(jsonRequest("/api/attempts", { body: { unit: UNIT, mode: "unit" }, cookie: token }));
  const state = (await res.json()) as AttemptState;
  // The whole-unit quiz draws at random; pin the plan to the questions under test.
  await testDb.db.attempt.update({
    where: { id: state.attempt.id },
    data: { plan: JSON.stringify(questions.map((question) => ({ question }))), questionCount: questions.length },
  });
  return state.attempt.id;
}

async function send(token: string, attempt: string, questionId: string, value: unknown) {
  const res = await answer(
    jsonRequest(`/api/attempts/${attempt}/answers`, { body: { questionId, answer: value }, cookie: token }),
    ctx(attempt),
  );
  expect(res.status).toBe(201);
  return (await res.json()) as AnswerResult;
}

it("2 of 3 right with no wrong option earns two thirds of the point, marks every option, and counts in the teacher's table", async () => {
  const teacher = await teacherToken("partial@example.org");
  const cls = await newClass(teacher, "Partial");
  const student = await joinAs(cls.joinCode, "Partial Pat");
  const attempt = await attemptOf(student.token, [QUESTION, "faq-cause"]);

  const result = await send(student.token, attempt, QUESTION, ["de-escalation", "accountability"]);
  expect(result).toMatchObject({ correct: false, score: 0.667, partial: { right: 2, of: 3, wrongChosen: 0 } });
  expect(result.options?.map((o) => [o.id, o.chosen, o.inKey])).toEqual(
    expect.arrayContaining([
      ["de-escalation", true, true],
      ["support-kfor-eulex", false, true],
      ["serbia-join-nato", false, false],
    ]),
  );
  const stored = await testDb.db.response.findFirstOrThrow({ where: { attemptId: attempt } });
  expect(stored).toMatchObject({ correct: false, score: 0.667 });

  const done = await finish(
    jsonRequest(`/api/attempts/${attempt}/finish`, { body: {}, cookie: student.token }),
    ctx(attempt),
  );
  const state = (await done.json()) as AttemptState;
  expect(state.result).toMatchObject({ correct: 0, total: 2, points: 0.667 });
  expect(state.result!.share).toBeCloseTo(0.3335, 3);
  expect(state.result!.review.find((r) => r.questionId === QUESTION)).toMatchObject({
    score: 0.667,
    partial: { right: 2, of: 3 },
  });

  const table = await fetchScoreTable(testDb.db, cls.id);
  expect(table.students[0]!.units[UNIT]!.best).toBeCloseTo(0.3335, 3);
});

it("a wrong option chosen takes its share back, never below nothing", async () => {
  const student = await joinAs(
    (await newClass(await teacherToken("partial2@example.org"), "P2")).joinCode,
    "Guessing Gus",
  );
  const attempt = await attemptOf(student.token, [QUESTION]);
  const result = await send(student.token, attempt, QUESTION, [
    "de-escalation",
    "serbia-join-nato",
    "kosovo-police-withdraw",
  ]);
  expect(result).toMatchObject({ correct: false, score: 0, partial: { right: 1, of: 3, wrongChosen: 2 } });
  const row = await testDb.db.attempt.findUniqueOrThrow({ where: { id: attempt } });
  expect(row.score).toBe(0);
});

it("the result names at most 5 events to reread, those behind the most missed questions first", async () => {
  const student = await joinAs(
    (await newClass(await teacherToken("reread@example.org"), "R")).joinCode,
    "Rereading Rae",
  );
  const res = await start(jsonRequest("/api/attempts", { body: { unit: UNIT, mode: "unit" }, cookie: student.token }));
  const { attempt, questions } = (await res.json()) as AttemptState;
  const done = await finish(
    jsonRequest(`/api/attempts/${attempt.id}/finish`, { body: {}, cookie: student.token }),
    ctx(attempt.id),
  );
  const result = ((await done.json()) as AttemptState).result!;
  const unit = getUnit(UNIT)!;
  const misses = new Map<string, number>();
  for (const q of questions)
    for (const e of unit.questions.find((x) => x.id === q.id)!.eventIds) misses.set(e, (misses.get(e) ?? 0) + 1);
  expect(result.readAgain.length).toBe(Math.min(5, misses.size));
  const counts = result.readAgain.map((e) => misses.get(e.id)!);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(counts[0]).toBe(Math.max(...misses.values()));
});

it("'Retry the ones I missed' starts a review attempt of the questions not fully right, only once the quiz is finished", async () => {
  const student = await joinAs(
    (await newClass(await teacherToken("retry@example.org"), "Retry")).joinCode,
    "Retrying Ria",
  );
  const attempt = await attemptOf(student.token, [QUESTION, "faq-cause", "faq-who-involved"]);
  const retry = (id: string, token: string | undefined) =>
    retryRoute(jsonRequest(`/api/attempts/${id}/retry`, { body: {}, cookie: token }), ctx(id));
  await send(student.token, attempt, "faq-cause", "police-patrol-ambushed");
  await send(student.token, attempt, QUESTION, ["de-escalation"]);
  expect((await retry(attempt, student.token)).status).toBe(409);
  await finish(jsonRequest(`/api/attempts/${attempt}/finish`, { body: {}, cookie: student.token }), ctx(attempt));

  const other = await joinAs((await newClass(await teacherToken("retry2@example.org"), "R2")).joinCode, "Nosy Ned");
  expect((await retry(attempt, other.token)).status).toBe(404);

  const res = await retry(attempt, student.token);
  expect(res.status).toBe(201);
  const state = (await res.json()) as AttemptState;
  expect(state.attempt.mode).toBe("review");
  expect(state.questions.map((q) => q.id)).toEqual([QUESTION, "faq-who-involved"]);

  const perfect = await attemptOf(student.token, ["faq-cause"]);
  await send(student.token, perfect, "faq-cause", "police-patrol-ambushed");
  await finish(jsonRequest(`/api/attempts/${perfect}/finish`, { body: {}, cookie: student.token }), ctx(perfect));
  const nothing = await retry(perfect, student.token);
  expect(nothing.status).toBe(409);
  expect(((await nothing.json()) as { error: string }).error).toMatch(/nothing to retry/);
});
