import { POST as start } from "@/app/api/attempts/route";
import { GET as getAttempt } from "@/app/api/attempts/[attempt]/route";
import { POST as answer } from "@/app/api/attempts/[attempt]/answers/route";
import { POST as finish } from "@/app/api/attempts/[attempt]/finish/route";
import { contentUnit as getUnit } from "@/tests/support/content";
import type { Question } from "@/lib/content/schema";
import type { AnswerResult, AttemptState, PublicQuestion } from "@/lib/quiz/types";
import { rightAnswer, wrongAnswer } from "@/tests/support/answers";
import { jsonRequest, sessionTokenFrom } from "@/tests/support/requests";
import { testDbWithContent } from "@/tests/support/test-database";

const UNIT = "northern-kosovo-2023";
const testDb = testDbWithContent();

const key = (id: string): Question => {
  const question = getUnit(UNIT)?.questions.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
};

// The key is looked up by id: the attempt's questions reach the learner without it.
const right = (q: PublicQuestion) => rightAnswer(key(q.id));
const wrong = (q: PublicQuestion) => wrongAnswer(key(q.id));

const ctx = (attempt: string) => ({ params: Promise.resolve({ attempt }) });

async function startAs(cookie: string | undefined, body: unknown = { unit: UNIT, mode: "faq" }) {
  const res = await start(jsonRequest("/api/attempts", { body, cookie }));
  const token = sessionTokenFrom(res) ?? cookie;
  return { res, token, state: (await res.json()) as AttemptState };
}

async function post(attempt: string, token: string | undefined, body: unknown) {
  const res = await answer(jsonRequest(`/api/attempts/${attempt}/answers`, { body, cookie: token }), ctx(attempt));
  return { res, json: await res.json() };
}

async function counts() {
  return {
    users: await testDb.db.user.count(),
    attempts: await testDb.db.attempt.count(),
    responses: await testDb.db.response.count(),
  };
}

describe("starting an attempt", () => {
  it("creates a guest learner with a secure session cookie and an FAQ attempt without keys", async () => {
    const { res, token, state } = await startAs(undefined);
    expect(res.status).toBe(201);
    expect(token).toBeDefined();
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(state.attempt.mode).toBe("faq");
    const faq = getUnit(UNIT)!
      .questions.filter((q) => q.fromFaq)
      .map((q) => q.id);
    expect(state.questions.map((q) => q.id)).toEqual(faq);
    const raw = JSON.stringify(state);
    for (const id of faq) {
      const full = key(id);
      expect(raw).not.toContain(full.explanation);
      if (full.type === "single") expect(raw).not.toMatch(/"answer"/);
    }
    expect(state.feedback).toEqual({});
    const user = await testDb.db.session.findFirst({ include: { user: true } });
    expect(user?.user.role).toBe("guest");
  });

  it("draws up to 12 questions for the whole unit and resumes the unfinished attempt", async () => {
    const first = await startAs(undefined, { unit: UNIT, mode: "unit" });
    expect(first.res.status).toBe(201);
    expect(first.state.questions).toHaveLength(Math.min(12, getUnit(UNIT)!.questions.length));
    const again = await startAs(first.token, { unit: UNIT, mode: "unit" });
    expect(again.res.status).toBe(200);
    expect(again.state.attempt.id).toBe(first.state.attempt.id);
    expect(again.state.questions).toEqual(first.state.questions);
  });

  it.each([
    ["malformed JSON", { rawBody: "{not json" }, 400],
    ["a body that is not JSON", { rawBody: "unit=x", headers: { "content-type": "text/plain" } }, 415],
    ["an unknown mode", { body: { unit: UNIT, mode: "exam" } }, 422],
    ["an extra field", { body: { unit: UNIT, mode: "faq", admin: true } }, 422],
    ["an unknown unit", { body: { unit: "no-such-unit", mode: "faq" } }, 404],
    ["a cross-site request", { body: { unit: UNIT, mode: "faq" }, origin: "https://evil.example" }, 403],
    ["review with nothing due", { body: { unit: UNIT, mode: "review" } }, 409],
  ])("refuses %s and changes nothing", async (_name, init, status) => {
    const before = await counts();
    const res = await start(jsonRequest("/api/attempts", { method: "POST", ...init }));
    expect(res.status).toBe(status);
    expect((await res.json()).error).toEqual(expect.any(String));
    expect(await counts()).toEqual(before);
  });
});

describe("answering", () => {
  it("scores on the server, returns feedback with event links, and keeps a recorded answer final", async () => {
    const { token, state } = await startAs(undefined);
    const q = state.questions[0]!;
    const { res, json } = await post(state.attempt.id, token, { questionId: q.id, answer: right(q) });
    expect(res.status).toBe(201);
    const result = json as AnswerResult;
    expect(result.correct).toBe(true);
    expect(result.explanation).toBe(key(q.id).explanation);
    expect(result.events[0]?.href).toMatch(new RegExp(`^/units/${UNIT}/events/`));
    expect(result.sources.length).toBeGreaterThan(0);
    expect(result.progress).toEqual({ answered: 1, total: state.questions.length, correct: 1 });

    const again = await post(state.attempt.id, token, { questionId: q.id, answer: right(q) });
    expect(again.res.status).toBe(200);
    expect(again.json).toEqual(json);

    const before = await counts();
    const different = await post(state.attempt.id, token, { questionId: q.id, answer: wrong(q) });
    expect(different.res.status).toBe(409);
    expect(await counts()).toEqual(before);

    const resumed = await getAttempt(
      jsonRequest(`/api/attempts/${state.attempt.id}`, { cookie: token }),
      ctx(state.attempt.id),
    );
    const resumedState = (await resumed.json()) as AttemptState;
    expect(resumedState.attempt.answeredCount).toBe(1);
    expect(resumedState.feedback[q.id]?.correct).toBe(true);
    // The unanswered questions' keys are still withheld on resume.
    for (const other of state.questions.slice(1))
      expect(JSON.stringify(resumedState)).not.toContain(key(other.id).explanation);
  });

  it("records a wrong answer, stores the canonical choice and schedules the question for review", async () => {
    const { token, state } = await startAs(undefined);
    const q = state.questions[1]!;
    const { json } = await post(state.attempt.id, token, { questionId: q.id, answer: wrong(q) });
    expect(json.correct).toBe(false);
    expect(json.correctAnswer.value).toEqual(right(q));
    const response = await testDb.db.response.findFirstOrThrow({ where: { attemptId: state.attempt.id } });
    expect(response).toMatchObject({ choice: wrong(q), correct: false, score: 0 });
    const card = await testDb.db.reviewCard.findFirstOrThrow({ where: { questionId: `${UNIT}/${q.id}` } });
    expect(card.due.getTime()).toBeLessThan(Date.now() + 60 * 60 * 1000);
  });

  it("counts each question once when the same answer arrives twice at the same moment", async () => {
    const { token, state } = await startAs(undefined);
    const q = state.questions[0]!;
    const results = await Promise.all(
      [0, 1, 2].map(() => post(state.attempt.id, token, { questionId: q.id, answer: right(q) })),
    );
    expect(results.map((r) => r.res.status).sort()).toEqual([200, 200, 201]);
    const row = await testDb.db.attempt.findUniqueOrThrow({ where: { id: state.attempt.id } });
    expect(row).toMatchObject({ answeredCount: 1, correctCount: 1 });
  });

  it("refuses bad answers with a clear 4xx and changes nothing", async () => {
    const { token, state } = await startAs(undefined);
    const q = state.questions[0]!;
    const other = await startAs(undefined);
    const cases: [string, Parameters<typeof jsonRequest>[1], number][] = [
      ["malformed JSON", { rawBody: "{", cookie: token }, 400],
      ["no answer", { body: { questionId: q.id }, cookie: token }, 422],
      ["a question not in the attempt", { body: { questionId: "no-such-question", answer: "x" }, cookie: token }, 422],
      ["an answer of the wrong type", { body: { questionId: q.id, answer: ["a", "b"] }, cookie: token }, 422],
      ["an option that does not exist", { body: { questionId: q.id, answer: "made-up" }, cookie: token }, 422],
      ["someone else's attempt", { body: { questionId: q.id, answer: right(q) }, cookie: other.token }, 404],
      ["no session", { body: { questionId: q.id, answer: right(q) } }, 404],
      [
        "a cross-site request",
        { body: { questionId: q.id, answer: right(q) }, cookie: token, origin: "https://evil.example" },
        403,
      ],
    ];
    for (const [name, init, status] of cases) {
      const before = await counts();
      const res = await answer(
        jsonRequest(`/api/attempts/${state.attempt.id}/answers`, { method: "POST", ...init }),
        ctx(state.attempt.id),
      );
      expect([name, res.status]).toEqual([name, status]);
      expect((await res.json()).error).toEqual(expect.any(String));
      expect(await counts()).toEqual(before);
    }
    const unknown = await post("cnotanattempt000000000000", token, { questionId: q.id, answer: right(q) });
    expect(unknown.res.status).toBe(404);
    const badId = await post("../etc", token, { questionId: q.id, answer: right(q) });
    expect(badId.res.status).toBe(404);
  });

  it("does not show someone else's attempt", async () => {
    const mine = await startAs(undefined);
    const theirs = await startAs(undefined);
    const res = await getAttempt(
      jsonRequest(`/api/attempts/${mine.state.attempt.id}`, { cookie: theirs.token }),
      ctx(mine.state.attempt.id),
    );
    expect(res.status).toBe(404);
  });
});

describe("finishing", () => {
  it("scores the attempt, reviews every question, lists events to read again, and then refuses more answers", async () => {
    const { token, state } = await startAs(undefined);
    const [a, b, c] = state.questions;
    await post(state.attempt.id, token, { questionId: a!.id, answer: right(a!) });
    await post(state.attempt.id, token, { questionId: b!.id, answer: wrong(b!) });

    const other = await startAs(undefined);
    const stranger = await finish(
      jsonRequest(`/api/attempts/${state.attempt.id}/finish`, { method: "POST", cookie: other.token }),
      ctx(state.attempt.id),
    );
    expect(stranger.status).toBe(404);

    const res = await finish(
      jsonRequest(`/api/attempts/${state.attempt.id}/finish`, { method: "POST", cookie: token }),
      ctx(state.attempt.id),
    );
    expect(res.status).toBe(200);
    const done = (await res.json()) as AttemptState;
    expect(done.result).toMatchObject({ correct: 1, total: state.questions.length });
    expect(done.result?.share).toBeCloseTo(1 / state.questions.length);
    expect(done.result?.review.map((r) => [r.questionId, r.answered, r.correct])).toEqual(
      state.questions.map((q, i) => [q.id, i < 2, i === 0]),
    );
    const missedEvents = new Set([
      ...key(b!.id).eventIds,
      ...state.questions.slice(2).flatMap((q) => key(q.id).eventIds),
    ]);
    expect(new Set(done.result?.readAgain.map((e) => e.id))).toEqual(missedEvents);

    const before = await counts();
    const late = await post(state.attempt.id, token, { questionId: c!.id, answer: right(c!) });
    expect(late.res.status).toBe(409);
    const twice = await finish(
      jsonRequest(`/api/attempts/${state.attempt.id}/finish`, { method: "POST", cookie: token }),
      ctx(state.attempt.id),
    );
    expect(twice.status).toBe(409);
    expect(await counts()).toEqual(before);
    // The same answer sent again after finishing still gets its result back.
    expect((await post(state.attempt.id, token, { questionId: a!.id, answer: right(a!) })).res.status).toBe(200);

    const next = await startAs(token);
    expect(next.res.status).toBe(201);
    expect(next.state.attempt.id).not.toBe(state.attempt.id);
  });

  it("starts a review of the questions a learner missed", async () => {
    const { token, state } = await startAs(undefined);
    const missed = state.questions[2]!;
    await post(state.attempt.id, token, { questionId: missed.id, answer: wrong(missed) });
    // FSRS puts a missed question back within minutes; review is offered once it is due.
    await testDb.db.reviewCard.updateMany({ data: { due: new Date(Date.now() - 1000) } });
    const review = await startAs(token, { unit: UNIT, mode: "review" });
    expect(review.res.status).toBe(201);
    expect(review.state.questions.map((q) => q.id)).toEqual([missed.id]);
  });
});
