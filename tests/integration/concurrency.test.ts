import { POST as startAttempt } from "@/app/api/attempts/route";
import { POST as answer } from "@/app/api/attempts/[attempt]/answers/route";
import { POST as finish } from "@/app/api/attempts/[attempt]/finish/route";
import type { AnswerValue, AttemptState } from "@/lib/quiz/types";
import { twoValidAnswers } from "@/tests/support/answers";
import { jsonRequest, sessionTokenFrom } from "@/tests/support/requests";
import { testDbWithContent } from "@/tests/support/test-database";

// 200 answer submissions at once, on whichever database the suite runs on: duplicates of the
// same answer and conflicting answers to the same question, across several learners' attempts.
// Afterwards exactly one response per question per attempt, every acknowledged answer is the one
// stored, and the attempts' counters and final scores match their responses.

const t = testDbWithContent();

type Sent = { attemptId: string; questionId: string; answer: AnswerValue; status: number; correct?: boolean };

it("records exactly one answer per question per attempt under 200 simultaneous submissions", async () => {
  const learners = await Promise.all(
    Array.from({ length: 10 }, async () => {
      const res = await startAttempt(
        jsonRequest("/api/attempts", { body: { unit: "northern-kosovo-2023", mode: "unit" } }),
      );
      expect(res.status).toBe(201);
      const state = (await res.json()) as AttemptState;
      return { cookie: sessionTokenFrom(res)!, state };
    }),
  );

  // Per attempt: each question gets its first answer twice and its second answer once, so every
  // question sees duplicates and a conflict; 10 attempts × up to 12 questions × 3 ≥ 200 requests.
  const jobs: (() => Promise<Sent>)[] = [];
  for (const { cookie, state } of learners) {
    for (const q of state.questions) {
      const [a, b] = twoValidAnswers(q);
      for (const value of [a, a, b]) {
        jobs.push(async () => {
          const res = await answer(
            jsonRequest(`/api/attempts/${state.attempt.id}/answers`, {
              cookie,
              body: { questionId: q.id, answer: value },
            }),
            { params: Promise.resolve({ attempt: state.attempt.id }) },
          );
          const body = await res.json();
          return {
            attemptId: state.attempt.id,
            questionId: q.id,
            answer: value,
            status: res.status,
            correct: body.correct,
          };
        });
      }
    }
  }
  expect(jobs.length).toBeGreaterThanOrEqual(200);
  const sent = await Promise.all(jobs.map((job) => job()));

  expect(sent.every((s) => [200, 201, 409].includes(s.status))).toBe(true);

  for (const { state } of learners) {
    const responses = await t.db.response.findMany({ where: { attemptId: state.attempt.id } });
    expect(responses).toHaveLength(state.questions.length);
    for (const q of state.questions) {
      const acknowledged = sent.filter(
        (s) => s.attemptId === state.attempt.id && s.questionId === q.id && s.status < 300,
      );
      const created = acknowledged.filter((s) => s.status === 201);
      expect(created).toHaveLength(1);
      const stored = responses.find((r) => r.questionId.endsWith(`/${q.id}`))!;
      // Every acknowledged answer is the stored one: no acknowledged answer was lost.
      for (const s of acknowledged) expect(JSON.stringify(s.answer)).toBe(stored.answer);
      for (const s of acknowledged) expect(s.correct).toBe(stored.correct);
    }
    const attempt = await t.db.attempt.findUniqueOrThrow({ where: { id: state.attempt.id } });
    expect(attempt.answeredCount).toBe(responses.length);
    expect(attempt.correctCount).toBe(responses.filter((r) => r.correct).length);
  }
});

it("keeps final scores equal to the stored answers when finishing races with answering", async () => {
  const res = await startAttempt(jsonRequest("/api/attempts", { body: { unit: "northern-kosovo-2023", mode: "faq" } }));
  const cookie = sessionTokenFrom(res)!;
  const state = (await res.json()) as AttemptState;
  const params = { params: Promise.resolve({ attempt: state.attempt.id }) };
  const results = await Promise.all([
    ...state.questions.map((q) =>
      answer(
        jsonRequest(`/api/attempts/${state.attempt.id}/answers`, {
          cookie,
          body: { questionId: q.id, answer: twoValidAnswers(q)[0] },
        }),
        params,
      ),
    ),
    finish(jsonRequest(`/api/attempts/${state.attempt.id}/finish`, { cookie, method: "POST" }), params),
  ]);
  const finished = await results[results.length - 1]!.json();
  const attempt = await t.db.attempt.findUniqueOrThrow({ where: { id: state.attempt.id } });
  const responses = await t.db.response.findMany({ where: { attemptId: state.attempt.id } });
  expect(attempt.finishedAt).not.toBeNull();
  expect(attempt.answeredCount).toBe(responses.length);
  expect(attempt.correctCount).toBe(responses.filter((r) => r.correct).length);
  expect(finished.result?.correct ?? finished.correct).toBe(attempt.correctCount);
});
