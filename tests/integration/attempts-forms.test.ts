import { POST as start } from "@/app/api/attempts/route";
import { POST as answer } from "@/app/api/attempts/[attempt]/answers/route";
import { POST as finish } from "@/app/api/attempts/[attempt]/finish/route";
import { contentUnit as getUnit } from "@/tests/support/content";
import type { Question } from "@/lib/content/schema";
import { rightAnswer } from "@/tests/support/answers";
import { jsonRequest, sessionTokenFrom } from "@/tests/support/requests";
import { testDbWithContent } from "@/tests/support/test-database";

// The quiz's HTML forms, posted as a browser without JavaScript does: url-encoded bodies, 303s.

const UNIT = "northern-kosovo-2023";
const ATTEMPT_PAGE = new RegExp(`^/units/${UNIT}/quiz/attempts/([a-z0-9]+)$`);
const testDb = testDbWithContent();

const questions = getUnit(UNIT)?.questions ?? [];
const firstOf = (type: Question["type"]): Question => {
  const question = questions.find((q) => q.type === type);
  if (!question) throw new Error(`the unit has no ${type} question`);
  return question;
};
const ctx = (attempt: string) => ({ params: Promise.resolve({ attempt }) });

function formRequest(url: string, fields: [string, string][], cookie?: string): Request {
  return jsonRequest(url, {
    rawBody: new URLSearchParams(fields).toString(),
    cookie,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
}

async function startByForm(
  cookie?: string,
  fields: [string, string][] = [
    ["unit", UNIT],
    ["mode", "faq"],
  ],
) {
  const res = await start(formRequest("/api/attempts", fields, cookie));
  return { res, token: sessionTokenFrom(res) ?? cookie, location: res.headers.get("location") ?? "" };
}

function answerByForm(attempt: string, token: string | undefined, questionId: string, fields: [string, string][]) {
  return answer(
    formRequest(`/api/attempts/${attempt}/answers`, [["questionId", questionId], ["unit", UNIT], ...fields], token),
    ctx(attempt),
  );
}

async function counts() {
  return {
    users: await testDb.db.user.count(),
    attempts: await testDb.db.attempt.count(),
    responses: await testDb.db.response.count(),
  };
}

/** An attempt of this learner holding one question of every type, so each form shape is posted. */
async function attemptWithEveryType(token: string): Promise<string> {
  const { location } = await startByForm(token);
  const first = ATTEMPT_PAGE.exec(location)?.[1] as string;
  const { userId } = await testDb.db.attempt.findUniqueOrThrow({ where: { id: first }, select: { userId: true } });
  const plan = (["single", "multiple", "true-false", "order", "short-answer"] as const).map((type) => {
    const q = firstOf(type);
    return q.type === "order" ? { question: q.id, order: [...q.items].reverse().map((i) => i.id) } : { question: q.id };
  });
  const row = await testDb.db.attempt.create({
    data: {
      userId,
      unitId: UNIT,
      unitVersionId: `${UNIT}@1`,
      mode: "unit",
      seed: "forms",
      plan: JSON.stringify(plan),
      questionCount: plan.length,
    },
    select: { id: true },
  });
  return row.id;
}

describe("starting by form", () => {
  it("creates a guest, sets the cookie on the 303 and opens the attempt page; posting again resumes it", async () => {
    const { res, token, location } = await startByForm();
    expect(res.status).toBe(303);
    expect(location).toMatch(ATTEMPT_PAGE);
    expect(token).toBeDefined();
    const again = await startByForm(token);
    expect(again.res.status).toBe(303);
    expect(again.location).toBe(location);
    expect(sessionTokenFrom(again.res)).toBeUndefined();
  });

  it("sends a bad form back to the quiz page with an error key and stores nothing", async () => {
    const before = await counts();
    const bad = await startByForm(undefined, [
      ["unit", UNIT],
      ["mode", "everything"],
    ]);
    expect(bad.res.status).toBe(303);
    expect(bad.location).toBe(`/units/${UNIT}/quiz?error=start-invalid`);
    const review = await startByForm(undefined, [
      ["unit", UNIT],
      ["mode", "review"],
    ]);
    expect(review.location).toBe(`/units/${UNIT}/quiz?error=nothing-due`);
    const unknown = await startByForm(undefined, [
      ["unit", "no-such-unit"],
      ["mode", "faq"],
    ]);
    expect(unknown.location).toBe("/units/no-such-unit/quiz");
    const garbage = await startByForm(undefined, [["unit", "../../x"]]);
    expect(garbage.res.status).toBe(400);
    expect((await garbage.res.json()).error).toMatch(/could not be read/);
    expect(await counts()).toEqual(before);
  });
});

describe("answering by form", () => {
  let token: string;
  let attempt: string;
  beforeAll(async () => {
    token = (await startByForm()).token as string;
    attempt = await attemptWithEveryType(token);
  });

  it("refuses missing, malformed and duplicate answers with a 303 naming the problem, storing nothing", async () => {
    const before = await counts();
    const order = firstOf("order");
    if (order.type !== "order") throw new Error("not an order question");
    const cases: [string, [string, string][], string][] = [
      [firstOf("single").id, [], "answer-missing"],
      [firstOf("single").id, [["answer", "not-an-option"]], "answer-invalid"],
      [firstOf("multiple").id, [], "answer-missing"],
      [firstOf("true-false").id, [["answer", "maybe"]], "answer-missing"],
      [firstOf("short-answer").id, [["answer", "   "]], "answer-missing"],
      [
        order.id,
        order.items.map((_, i) => [`position-${i + 1}`, order.items[0]!.id] as [string, string]),
        "order-duplicate",
      ],
      [order.id, [["position-1", order.items[0]!.id]], "answer-missing"],
      ["no-such-question", [["answer", "x"]], "not-in-attempt"],
    ];
    for (const [questionId, fields, error] of cases) {
      const res = await answerByForm(attempt, token, questionId, fields);
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(`/units/${UNIT}/quiz/attempts/${attempt}?error=${error}`);
    }
    expect(await counts()).toEqual(before);
  });

  it("records one answer of every type and returns to the page with that question's feedback", async () => {
    // The right answer as the quiz page's form fields: one field per chosen value, or one per position.
    const fieldsFor = (q: Question): [string, string][] => {
      const answer = rightAnswer(q);
      if (q.type === "order") return (answer as string[]).map((id, i) => [`position-${i + 1}`, id]);
      return (Array.isArray(answer) ? answer : [answer]).map((value) => ["answer", String(value)]);
    };
    for (const type of ["single", "multiple", "true-false", "order", "short-answer"] as const) {
      const q = firstOf(type);
      const res = await answerByForm(attempt, token, q.id, fieldsFor(q));
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(`/units/${UNIT}/quiz/attempts/${attempt}?answered=${q.id}`);
    }
    const row = await testDb.db.attempt.findUniqueOrThrow({
      where: { id: attempt },
      select: { answeredCount: true, correctCount: true },
    });
    expect(row).toEqual({ answeredCount: 5, correctCount: 5 });
    const trueFalse = firstOf("true-false");
    if (trueFalse.type !== "true-false") throw new Error("not a true-false question");
    const stored = await testDb.db.response.findFirstOrThrow({
      where: { attemptId: attempt, questionId: `${UNIT}/${trueFalse.id}` },
    });
    expect(JSON.parse(stored.answer)).toBe(trueFalse.answer);

    // An answer is final: a different one is refused, the same one again shows its feedback.
    const single = firstOf("single");
    if (single.type !== "single") throw new Error("not a single question");
    const other = single.options.find((o) => o.id !== single.answer)!.id;
    const changed = await answerByForm(attempt, token, single.id, [["answer", other]]);
    expect(changed.headers.get("location")).toBe(`/units/${UNIT}/quiz/attempts/${attempt}?error=answer-final`);
    const same = await answerByForm(attempt, token, single.id, [["answer", single.answer]]);
    expect(same.headers.get("location")).toBe(`/units/${UNIT}/quiz/attempts/${attempt}?answered=${single.id}`);
  });

  it("finishes by form and returns to the attempt page, which now shows the result", async () => {
    const res = await finish(formRequest(`/api/attempts/${attempt}/finish`, [["unit", UNIT]], token), ctx(attempt));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/units/${UNIT}/quiz/attempts/${attempt}`);
    const row = await testDb.db.attempt.findUniqueOrThrow({ where: { id: attempt }, select: { finishedAt: true } });
    expect(row.finishedAt).not.toBeNull();
  });

  it("treats another learner's attempt exactly like one that does not exist", async () => {
    const other = (await startByForm()).token as string;
    const before = await counts();
    const single = firstOf("single");
    if (single.type !== "single") throw new Error("not a single question");
    const theirs = await answerByForm(attempt, other, single.id, [["answer", single.answer]]);
    const missing = await answerByForm("zzzzzzzzzzzz", other, single.id, [["answer", single.answer]]);
    expect(theirs.status).toBe(303);
    expect(theirs.headers.get("location")).toBe(`/units/${UNIT}/quiz/attempts/${attempt}`);
    expect(missing.headers.get("location")).toBe(`/units/${UNIT}/quiz/attempts/zzzzzzzzzzzz`);
    const finishTheirs = await finish(
      formRequest(`/api/attempts/${attempt}/finish`, [["unit", UNIT]], other),
      ctx(attempt),
    );
    expect(finishTheirs.headers.get("location")).toBe(`/units/${UNIT}/quiz/attempts/${attempt}`);
    expect(await counts()).toEqual(before);
  });

  it("keeps the JSON answers for JSON callers", async () => {
    const res = await answer(
      jsonRequest(`/api/attempts/${attempt}/answers`, { body: { questionId: "x" }, cookie: token }),
      ctx(attempt),
    );
    expect(res.status).toBe(422);
    expect(res.headers.get("location")).toBeNull();
  });
});
