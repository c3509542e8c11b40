import { jsonRequest } from "@/tests/support/requests";
import { testDbWithContent } from "@/tests/support/test-database";
import { teacherToken } from "@/tests/support/classrooms";
import { joinLiveAs, openStream, params, startLive, type EventReader } from "@/tests/support/live";
import { POST as nextRoute } from "@/app/api/live/[id]/next/route";
import { POST as revealRoute } from "@/app/api/live/[id]/reveal/route";
import { POST as endRoute } from "@/app/api/live/[id]/end/route";
import { POST as answerRoute } from "@/app/api/live/[id]/answers/route";
import { GET as streamRoute } from "@/app/api/live/[id]/stream/route";
import { contentUnit as getUnit } from "@/tests/support/content";
import type { Question } from "@/lib/content/schema";
import type { Locale } from "@/lib/i18n/locales";
import { liveHub } from "@/lib/live/hub";
import type { LiveMessage } from "@/lib/live/view";

// One session, devices in different languages: the fan-out carries ids only, and each stream puts
// the question, the reveal and the summary into its own connection's language at the last step.

testDbWithContent();
const UNIT = "northern-kosovo-2023";

const step = (name: "next" | "reveal" | "end", id: string, token: string) => {
  const route = { next: nextRoute, reveal: revealRoute, end: endRoute }[name];
  return route(jsonRequest(`/api/live/${id}/${name}`, { body: {}, cookie: token }), params(id));
};
const answer = (id: string, token: string, questionId: string, value: unknown) =>
  answerRoute(
    jsonRequest(`/api/live/${id}/answers`, { body: { questionId, answer: value }, cookie: token }),
    params(id),
  );
const is =
  <T extends LiveMessage["type"]>(type: T) =>
  (m: LiveMessage): m is Extract<LiveMessage, { type: T }> =>
    m.type === type;
const questionIn = (locale: Locale, id: string): Question => getUnit(UNIT, locale)!.questions.find((q) => q.id === id)!;
const optionText = (q: Question, id: string) => ("options" in q ? q.options.find((o) => o.id === id)?.text : undefined);

const open: EventReader[] = [];
afterAll(async () => {
  await Promise.all(open.map((r) => r.close()));
  await liveHub().bus.close();
});

describe("a session followed in three languages at once", () => {
  let teacher: string;
  let session: { id: string; code: string };
  let albanian: string;
  let serbian: string;

  beforeAll(async () => {
    teacher = await teacherToken("live-i18n@example.org", "Ms Gjuha");
    session = await startLive(teacher, { unit: UNIT, mode: "faq" });
    albanian = (await joinLiveAs(session.code, "Arta")).token;
    serbian = (await joinLiveAs(session.code, "Milica")).token;
  });

  it("sends each connection the question, the reveal and the summary in its own language", async () => {
    const board = await openStream(session.id, teacher);
    // One device names its language (?lang=, as the page does), the other only comes from a Serbian page.
    const sq = await openStream(session.id, albanian, { lang: "sq" });
    const sr = await openStream(session.id, serbian, {
      headers: { referer: `http://localhost:3000/sr/live/${session.code}` },
    });
    open.push(board, sq, sr);
    await Promise.all([board.next(), sq.next(), sr.next()]);

    expect((await step("next", session.id, teacher)).status).toBe(200);
    type Shown = Extract<LiveMessage, { type: "question" }>;
    const [onBoard, inSq, inSr] = (await Promise.all([
      board.next(is("question")),
      sq.next(is("question")),
      sr.next(is("question")),
    ])) as [Shown, Shown, Shown];
    const id = inSq.question.id;
    expect(inSr.question.id).toBe(id);
    expect(onBoard.question.prompt).toBe(questionIn("en", id).prompt);
    expect(inSq.question.prompt).toBe(questionIn("sq", id).prompt);
    expect(inSr.question.prompt).toBe(questionIn("sr-Latn", id).prompt);
    expect(new Set([onBoard.question.prompt, inSq.question.prompt, inSr.question.prompt]).size).toBe(3);
    // The same options in the same order, each in its language; no key in any of them.
    const ids = (m: Shown) => ("options" in m.question ? m.question.options.map((o) => o.id) : []);
    expect(ids(inSq)).toEqual(ids(onBoard));
    expect(ids(inSr)).toEqual(ids(onBoard));
    if ("options" in inSq.question)
      for (const o of inSq.question.options) expect(o.text).toBe(optionText(questionIn("sq", id), o.id));
    if ("options" in inSr.question)
      for (const o of inSr.question.options) expect(o.text).toBe(optionText(questionIn("sr-Latn", id), o.id));
    expect(JSON.stringify([inSq, inSr])).not.toMatch(/explanation|"answer"|correct/);

    // Both answers land in one tally, whatever language they were given in.
    const key = questionIn("en", id);
    if (key.type !== "single")
      throw new Error(`the first FAQ question is expected to be single choice, got ${key.type}`);
    const wrong = key.options.find((o) => o.id !== key.answer)!.id;
    expect((await answer(session.id, albanian, id, key.answer)).status).toBe(201);
    expect((await answer(session.id, serbian, id, wrong)).status).toBe(201);
    const tally = (await board.next((m) => m.type === "tally" && m.answered === 2)) as Extract<
      LiveMessage,
      { type: "tally" }
    >;
    // The projector's counts are labelled in its language, in the order the options are shown.
    expect(tally.counts!.map((c) => c.label)).toEqual(
      "options" in onBoard.question ? onBoard.question.options.map((o) => o.text) : [],
    );
    expect(tally.counts!.map((c) => c.label).sort()).toEqual(key.options.map((o) => o.text).sort());
    expect(tally.counts!.reduce((s, c) => s + c.count, 0)).toBe(2);

    expect((await step("reveal", session.id, teacher)).status).toBe(200);
    type Reveal = Extract<LiveMessage, { type: "reveal" }>;
    const [boardReveal, sqReveal, srReveal] = (await Promise.all([
      board.next(is("reveal")),
      sq.next(is("reveal")),
      sr.next(is("reveal")),
    ])) as [Reveal, Reveal, Reveal];
    for (const [reveal, locale] of [
      [boardReveal, "en"],
      [sqReveal, "sq"],
      [srReveal, "sr-Latn"],
    ] as const) {
      const q = questionIn(locale, id);
      expect(reveal.explanation).toBe(q.explanation);
      expect(reveal.correctAnswer).toEqual({ value: key.answer, lines: [optionText(q, key.answer)] });
      expect(reveal.answered).toBe(2);
      expect(reveal.counts.filter((c) => c.correct)).toEqual([
        { label: optionText(q, key.answer), count: 1, correct: true },
      ]);
      const titles = new Map(getUnit(UNIT, locale)!.events.map((e) => [e.id, e.title]));
      expect(reveal.events.length).toBeGreaterThan(0);
      for (const e of reveal.events) expect(e.title).toBe(titles.get(e.id));
    }
    expect(sqReveal.explanation).not.toBe(boardReveal.explanation);
    expect(srReveal.explanation).not.toBe(sqReveal.explanation);
    expect(sqReveal.yourAnswer).toEqual({ lines: [optionText(questionIn("sq", id), key.answer)], correct: true });
    expect(srReveal.yourAnswer).toEqual({ lines: [optionText(questionIn("sr-Latn", id), wrong)], correct: false });

    expect((await step("end", session.id, teacher)).status).toBe(200);
    type Ended = Extract<LiveMessage, { type: "ended" }>;
    const [sqEnd, srEnd] = (await Promise.all([sq.next(is("ended")), sr.next(is("ended"))])) as [Ended, Ended];
    expect(sqEnd.summary[0]).toMatchObject({
      questionId: id,
      prompt: questionIn("sq", id).prompt,
      answered: 2,
      correct: 1,
    });
    expect(srEnd.summary[0]).toMatchObject({
      questionId: id,
      prompt: questionIn("sr-Latn", id).prompt,
      answered: 2,
      correct: 1,
    });
    expect(sqEnd.yourScore).toEqual({ answered: 1, correct: 1 });
    expect(srEnd.yourScore).toEqual({ answered: 1, correct: 0 });
  });

  it("refuses a language it does not have, without opening a stream", async () => {
    const other = await startLive(teacher, { unit: UNIT, mode: "faq" });
    for (const lang of ["de", "sr", "SQ", ""]) {
      const res = await streamRoute(
        jsonRequest(`/api/live/${other.id}/stream?lang=${lang}`, { cookie: teacher, method: "GET" }),
        params(other.id),
      );
      expect(res.status).toBe(422);
      expect(res.headers.get("content-type")).not.toMatch(/event-stream/);
    }
    const extra = await streamRoute(
      jsonRequest(`/api/live/${other.id}/stream?lang=sq&x=1`, { cookie: teacher, method: "GET" }),
      params(other.id),
    );
    expect(extra.status).toBe(422);
  });
});
