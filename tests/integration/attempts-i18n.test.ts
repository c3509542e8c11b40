import { POST as start } from "@/app/api/attempts/route";
import { GET as getAttempt } from "@/app/api/attempts/[attempt]/route";
import { POST as answer } from "@/app/api/attempts/[attempt]/answers/route";
import { POST as finish } from "@/app/api/attempts/[attempt]/finish/route";
import { contentUnit as getUnit } from "@/tests/support/content";
import { localizeUnit } from "@/lib/content/localize";
import type { Question } from "@/lib/content/schema";
import type { Locale } from "@/lib/i18n/locales";
import type { AnswerResult, AttemptState } from "@/lib/quiz/types";
import { rightAnswer, wrongAnswer } from "@/tests/support/answers";
import { jsonRequest, sessionTokenFrom } from "@/tests/support/requests";
import { testDbWithContent } from "@/tests/support/test-database";

// The quiz API answers in the language of the page that calls it (its Referer), else the caller's
// Accept-Language; answers are stored by option id, so one attempt can go on in another language.

const UNIT = "northern-kosovo-2023";
testDbWithContent();

const english = getUnit(UNIT)!;
const inLanguage = (locale: Locale, id: string): Question =>
  localizeUnit(english, locale).questions.find((q) => q.id === id)!;
const ctx = (attempt: string) => ({ params: Promise.resolve({ attempt }) });
const page = (prefix: string) => ({ referer: `http://localhost:3000${prefix}/units/${UNIT}/quiz` });

it("starts, answers, resumes and finishes one attempt in Albanian, Serbian and English", async () => {
  const started = await start(
    jsonRequest("/api/attempts", { body: { unit: UNIT, mode: "faq" }, headers: page("/sq") }),
  );
  expect(started.status).toBe(201);
  const token = sessionTokenFrom(started);
  const state = (await started.json()) as AttemptState;
  const [first, second] = state.questions;
  expect(state.attempt.unitTitle).toBe(localizeUnit(english, "sq").meta.title);
  expect(state.attempt.unitTitle).not.toBe(english.meta.title);
  expect(first!.prompt).toBe(inLanguage("sq", first!.id).prompt);
  if (first!.type !== "single") throw new Error("the FAQ questions are single choice");
  expect(first!.options.map((o) => o.text).sort()).toEqual(
    (inLanguage("sq", first!.id) as Extract<Question, { type: "single" }>).options.map((o) => o.text).sort(),
  );

  // A wrong answer from the Albanian page: feedback, explanation and event titles in Albanian.
  const key = english.questions.find((q) => q.id === first!.id)!;
  const res = await answer(
    jsonRequest(`/api/attempts/${state.attempt.id}/answers`, {
      body: { questionId: first!.id, answer: wrongAnswer(key) },
      cookie: token,
      headers: page("/sq"),
    }),
    ctx(state.attempt.id),
  );
  expect(res.status).toBe(201);
  const feedback = (await res.json()) as AnswerResult;
  const sq = inLanguage("sq", first!.id) as Extract<Question, { type: "single" }>;
  expect(feedback.correct).toBe(false);
  expect(feedback.explanation).toBe(sq.explanation);
  expect(feedback.correctAnswer.lines).toEqual([sq.options.find((o) => o.id === sq.answer)!.text]);
  const sqEvents = localizeUnit(english, "sq").events;
  expect(feedback.events.map((e) => e.title)).toEqual(
    feedback.events.map((e) => sqEvents.find((x) => x.id === e.id)!.title),
  );

  // The same attempt read from a Serbian page: the answer given in Albanian, now in Serbian.
  const resumed = (await (
    await getAttempt(
      jsonRequest(`/api/attempts/${state.attempt.id}`, { cookie: token, headers: page("/sr") }),
      ctx(state.attempt.id),
    )
  ).json()) as AttemptState;
  const sr = inLanguage("sr-Latn", first!.id);
  expect(resumed.attempt.answeredCount).toBe(1);
  expect(resumed.feedback[first!.id]!.explanation).toBe(sr.explanation);
  expect(resumed.feedback[first!.id]!.answer).toEqual(feedback.answer);
  expect(resumed.questions.find((q) => q.id === second!.id)!.prompt).toBe(inLanguage("sr-Latn", second!.id).prompt);

  // Without a Referer, Accept-Language decides; English is the default.
  const secondKey = english.questions.find((q) => q.id === second!.id)!;
  const right = await answer(
    jsonRequest(`/api/attempts/${state.attempt.id}/answers`, {
      body: { questionId: second!.id, answer: rightAnswer(secondKey) },
      cookie: token,
      headers: { "accept-language": "sr-Latn-RS,sr;q=0.9" },
    }),
    ctx(state.attempt.id),
  );
  expect(((await right.json()) as AnswerResult).explanation).toBe(inLanguage("sr-Latn", second!.id).explanation);
  const done = await finish(
    jsonRequest(`/api/attempts/${state.attempt.id}/finish`, { cookie: token }),
    ctx(state.attempt.id),
  );
  const result = ((await done.json()) as AttemptState).result!;
  expect(result.correct).toBe(1);
  expect(result.review[0]!.prompt).toBe(key.prompt);
  expect(result.review[1]!.explanation).toBe(secondKey.explanation);
});
