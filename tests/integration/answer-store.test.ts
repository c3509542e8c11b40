import { POST as start } from "@/app/api/attempts/route";
import { POST as answer } from "@/app/api/attempts/[attempt]/answers/route";
import { contentUnit as getUnit } from "@/tests/support/content";
import { hashToken } from "@/lib/accounts/sessions";
import * as store from "@/lib/quiz/answer-store";
import type { AttemptState } from "@/lib/quiz/types";
import { answerOf, rightAnswer } from "@/tests/support/answers";
import { jsonRequest, sessionTokenFrom } from "@/tests/support/requests";
import { testDbWithContent } from "@/tests/support/test-database";

// Each answer reads its context (session, attempt, question, review card) once, with JavaScript or
// without, and the store gives it as typed rows on either database.
jest.mock("@/lib/quiz/answer-store", () => {
  const actual = jest.requireActual<typeof import("@/lib/quiz/answer-store")>("@/lib/quiz/answer-store");
  return { ...actual, readAnswerContext: jest.fn(actual.readAnswerContext) };
});
const reads = store.readAnswerContext as jest.MockedFunction<typeof store.readAnswerContext>;

const t = testDbWithContent();
const UNIT = "northern-kosovo-2023";
const ctx = (attempt: string) => ({ params: Promise.resolve({ attempt }) });

async function started(): Promise<{ token: string; state: AttemptState }> {
  const res = await start(jsonRequest("/api/attempts", { body: { unit: UNIT, mode: "faq" } }));
  expect(res.status).toBe(201);
  return { token: sessionTokenFrom(res)!, state: (await res.json()) as AttemptState };
}

describe("the answer store", () => {
  beforeEach(() => reads.mockClear());

  it("is read once for an answer sent as JSON", async () => {
    const { token, state } = await started();
    const question = getUnit(UNIT)!.questions.find((q) => q.id === state.questions[0]!.id)!;
    const res = await answer(
      jsonRequest(`/api/attempts/${state.attempt.id}/answers`, {
        cookie: token,
        body: { questionId: question.id, answer: rightAnswer(question) },
      }),
      ctx(state.attempt.id),
    );
    expect(res.status).toBe(201);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it("is read once for an answer sent as a form, without JavaScript", async () => {
    const { token, state } = await started();
    const single = getUnit(UNIT)!.questions.find((q) => q.id === state.questions[0]!.id)!;
    const right = rightAnswer(single);
    // The fields a browser posts for this type of question (lib/http/quiz-forms.ts).
    const fields: [string, string][] = Array.isArray(right)
      ? single.type === "order"
        ? right.map((item, i) => [`position-${i + 1}`, item])
        : right.map((option) => ["answer", option])
      : [["answer", String(right)]];
    const res = await answer(
      jsonRequest(`/api/attempts/${state.attempt.id}/answers`, {
        rawBody: new URLSearchParams([["questionId", single.id], ["unit", UNIT], ...fields]).toString(),
        cookie: token,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      ctx(state.attempt.id),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toContain(`answered=${single.id}`);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it("gives the context as typed rows, and nothing of an attempt that is not the learner's", async () => {
    const { token, state } = await started();
    const slug = state.questions[0]!.id;
    const mine = await store.readAnswerContext(t.db, {
      learner: { sessionHash: hashToken(token) },
      attemptId: state.attempt.id,
      questionSlug: slug,
    });
    expect(mine.session?.expiresAt).toBeDefined();
    expect(mine.attempt).toMatchObject({ id: state.attempt.id, unitId: UNIT, answeredCount: 0, finishedAt: null });
    expect(mine.attempt?.startedAt).toBeInstanceOf(Date);
    expect(typeof mine.attempt?.questionCount).toBe("number");
    expect(mine.attempt?.unitVersionId).toEqual(expect.any(String));
    expect(mine.card).toBeNull();
    const other = await started();
    const theirs = await store.readAnswerContext(t.db, {
      learner: { sessionHash: hashToken(other.token) },
      attemptId: state.attempt.id,
      questionSlug: slug,
    });
    expect(theirs.session).not.toBeNull();
    expect(theirs.attempt).toBeNull();
  });

  it("writes an answer once: the same question again is a duplicate or a unique violation", async () => {
    const { token, state } = await started();
    const found = await store.readAnswerContext(t.db, {
      learner: { sessionHash: hashToken(token) },
      attemptId: state.attempt.id,
      questionSlug: state.questions[0]!.id,
    });
    const attempt = found.attempt!;
    const question = getUnit(UNIT)!.questions.find((q) => q.id === state.questions[0]!.id)!;
    const write = {
      attempt,
      questionId: `${UNIT}/${question.id}`,
      scored: { answer: answerOf(question, true), choice: "x", correct: true, score: 1 },
      card: null,
      now: new Date(),
    };
    const first = await store.writeAnswer(t.db, write);
    expect(first).toEqual({
      outcome: "stored",
      counts: { answeredCount: 1, correctCount: 1, questionCount: attempt.questionCount },
    });
    const again = await store.writeAnswer(t.db, write).catch((error: unknown) => error);
    expect(again === null || typeof again !== "object" || !("outcome" in again) || again.outcome === "duplicate").toBe(
      true,
    );
    expect(await t.db.response.count({ where: { attemptId: attempt.id } })).toBe(1);
  });
});
