import { jsonRequest } from "@/tests/support/requests";
import { testDbWithContent } from "@/tests/support/test-database";
import { joinAs, newClass, teacherToken } from "@/tests/support/classrooms";
import { joinLiveAs, openStream, params, startLive, UNIT, type EventReader } from "@/tests/support/live";
import { POST as createLive } from "@/app/api/live/route";
import { POST as nextRoute } from "@/app/api/live/[id]/next/route";
import { POST as revealRoute } from "@/app/api/live/[id]/reveal/route";
import { POST as endRoute } from "@/app/api/live/[id]/end/route";
import { POST as answerRoute } from "@/app/api/live/[id]/answers/route";
import { liveHub } from "@/lib/live/hub";
import { IDLE_LIMIT_MS } from "@/lib/live/state";
import type { LiveMessage } from "@/lib/live/view";
import { fetchItemAnalysis } from "@/lib/reports/item-analysis";
import { contentUnit as getUnit } from "@/tests/support/content";

// The live session's state machine through its route handlers, on the test database (SQLite, or
// PostgreSQL with TEST_DATABASE_URL): join, next, answer, duplicate, late, reveal, end, reconnect.

const t = testDbWithContent();
const KEY: Record<string, string> = {
  "faq-cause": "police-patrol-ambushed",
  "faq-who-involved": "police-and-armed-group",
  "faq-ethnic-composition": "albanian-majority-serb-north",
  "faq-us-call": "withdraw-forces",
};
const WRONG: Record<string, string> = {
  "faq-cause": "protest-at-town-hall",
  "faq-who-involved": "kfor-and-protesters",
  "faq-ethnic-composition": "half-and-half",
  "faq-us-call": "join-kfor",
};

const step = (name: "next" | "reveal" | "end", id: string, token: string) => {
  const route = { next: nextRoute, reveal: revealRoute, end: endRoute }[name];
  return route(jsonRequest(`/api/live/${id}/${name}`, { body: {}, cookie: token }), params(id));
};
const answer = (id: string, token: string | undefined, questionId: string, value: unknown) =>
  answerRoute(
    jsonRequest(`/api/live/${id}/answers`, { body: { questionId, answer: value }, cookie: token }),
    params(id),
  );
const is =
  <T extends LiveMessage["type"]>(type: T) =>
  (m: LiveMessage): m is Extract<LiveMessage, { type: T }> =>
    m.type === type;

let teacher: string;
let otherTeacher: string;
let classId: string;
let classCode: string;
const open: EventReader[] = [];

beforeAll(async () => {
  teacher = await teacherToken("live@example.org", "Ms Live");
  otherTeacher = await teacherToken("other@example.org");
  ({ id: classId, joinCode: classCode } = await newClass(teacher, "Year 10"));
});
afterAll(async () => {
  await Promise.all(open.map((r) => r.close()));
  await liveHub().bus.close();
});

async function stream(id: string, token: string): Promise<EventReader> {
  const reader = await openStream(id, token);
  open.push(reader);
  return reader;
}

describe("starting a session", () => {
  it("answers 201 with an id and a join code, and refuses an unknown unit, mode or someone else's class", async () => {
    const session = await startLive(teacher, { classId, unit: UNIT, mode: "unit" });
    expect(session).toEqual({ id: expect.stringMatching(/^[a-z0-9]+$/), code: expect.stringMatching(/^[A-Z0-9]{6}$/) });
    const bad = async (body: unknown, token = teacher) =>
      (await createLive(jsonRequest("/api/live", { body, cookie: token }))).status;
    expect(await bad({ unit: "no-such-unit", mode: "faq" })).toBe(404);
    expect(await bad({ unit: UNIT, mode: "review" })).toBe(422);
    expect(await bad({ unit: UNIT, mode: "faq", classId }, otherTeacher)).toBe(404);
    expect(await bad({ unit: UNIT, mode: "faq" }, "")).toBe(401);
  });
});

describe("a class session from start to end", () => {
  let session: { id: string; code: string };
  let member: { token: string; userId: string };
  let guest: string;

  beforeAll(async () => {
    session = await startLive(teacher, { classId, unit: UNIT, mode: "faq" });
    const joined = await joinAs(classCode, "Ana Member");
    member = { token: joined.token, userId: joined.userId };
  });

  it("seats a class member under their roster name and a device without an account as a named guest", async () => {
    const first = await joinLiveAs(session.code, undefined, member.token);
    expect(first.res.status).toBe(201);
    const again = await joinLiveAs(session.code.toLowerCase(), "Other name", member.token);
    expect(again.res.status).toBe(201);
    expect((await again.res.json()).participantId).toBe((await first.res.json()).participantId);
    const seats = await t.db.liveParticipant.findMany({ where: { sessionId: session.id } });
    expect(seats.map((s) => s.displayName)).toEqual(["Ana Member"]);

    const noName = await joinLiveAs(session.code);
    expect(noName.res.status).toBe(422);
    const g = await joinLiveAs(session.code, "  Guest   Gina ");
    expect(g.res.status).toBe(201);
    expect(g.token).toBeTruthy();
    guest = g.token;
    const guestAgain = await joinLiveAs(session.code, undefined, guest);
    expect(guestAgain.res.status).toBe(201);
    expect(await t.db.liveParticipant.count({ where: { sessionId: session.id } })).toBe(2);
    expect(
      (
        await t.db.liveParticipant.findFirstOrThrow({
          where: { sessionId: session.id, NOT: { userId: member.userId } },
        })
      ).displayName,
    ).toBe("Guest Gina");
  });

  it("refuses unknown codes and teachers", async () => {
    expect((await joinLiveAs("QQQQQQ", "Zed")).res.status).toBe(404);
    expect((await joinLiveAs("not a code", "Zed")).res.status).toBe(404);
    expect((await joinLiveAs(session.code, undefined, otherTeacher)).res.status).toBe(403);
  });

  it("streams the lobby, then each question without its key to every device, then the tally", async () => {
    const board = await stream(session.id, teacher);
    const phone = await stream(session.id, member.token);
    const lobby = await board.next();
    expect(lobby).toMatchObject({ type: "tally", questionId: null, devices: 2, answered: 0 });
    expect(await phone.next()).toMatchObject({ type: "tally", questionId: null, devices: 2 });

    const res = await step("next", session.id, teacher);
    expect(res.status).toBe(200);
    const shown = await phone.next(is("question"));
    expect(shown).toMatchObject({ type: "question", index: 0, total: 4, yourAnswer: null });
    const text = JSON.stringify(shown);
    expect(text).not.toContain("explanation");
    expect(text).not.toMatch(/"answer"|correct/);
    const onBoard = await board.next(is("question"));
    expect(onBoard).toMatchObject({ index: 0 });

    const q = (shown as Extract<LiveMessage, { type: "question" }>).question.id;
    expect(await (await answer(session.id, member.token, q, KEY[q])).status).toBe(201);
    const tally = await board.next((m) => m.type === "tally" && m.answered === 1);
    expect(tally).toMatchObject({ questionId: q, devices: 2 });
    const counts = (tally as Extract<LiveMessage, { type: "tally" }>).counts!;
    expect(counts).toHaveLength(4);
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(1);
    expect(counts.some((c) => "correct" in c)).toBe(false);
    const phoneTally = await phone.next((m) => m.type === "tally" && m.answered === 1);
    expect(phoneTally).not.toHaveProperty("counts");
    expect(phone.received.filter(is("question")).at(-1)).toMatchObject({ yourAnswer: { lines: [expect.any(String)] } });

    // A second answer, even the same one, is refused; so is one from someone not seated.
    expect((await answer(session.id, member.token, q, KEY[q])).status).toBe(409);
    expect((await answer(session.id, member.token, q, WRONG[q])).status).toBe(409);
    expect((await answer(session.id, otherTeacher, q, KEY[q])).status).toBe(403);
    expect((await answer(session.id, undefined, q, KEY[q])).status).toBe(401);
    const notCurrent = Object.keys(KEY).find((k) => k !== q)!;
    expect((await answer(session.id, guest, notCurrent, KEY[notCurrent])).status).toBe(409);
    expect((await answer(session.id, guest, q, 42)).status).toBe(422);
    expect((await answer(session.id, guest, q, WRONG[q])).status).toBe(201);

    expect((await step("reveal", session.id, teacher)).status).toBe(200);
    const revealed = await phone.next(is("reveal"));
    expect(revealed).toMatchObject({
      questionId: q,
      answered: 2,
      correctAnswer: { value: KEY[q] },
      explanation: expect.any(String),
      yourAnswer: { correct: true },
    });
    const r = revealed as Extract<LiveMessage, { type: "reveal" }>;
    expect(r.events.length + r.sources.length).toBeGreaterThan(0);
    expect(r.counts.filter((c) => c.correct)).toEqual([expect.objectContaining({ count: 1 })]);
    expect(r.counts.reduce((s, c) => s + c.count, 0)).toBe(2);

    // Late: after the reveal nothing more is taken for this question.
    const latecomer = await joinLiveAs(session.code, "Late Larry");
    expect((await answer(session.id, latecomer.token, q, KEY[q])).status).toBe(409);
    expect((await step("reveal", session.id, teacher)).status).toBe(409);
  });

  it("gives a device that reconnects the current state first, its own answer marked", async () => {
    const again = await stream(session.id, guest);
    const first = await again.next();
    expect(first).toMatchObject({ type: "reveal", index: 0, yourAnswer: { correct: false } });
    const board = await stream(session.id, teacher);
    expect(await board.next()).toMatchObject({ type: "reveal", index: 0 });
  });

  it("ends: every device gets the summary, attempts are finished and feed the item analysis and review", async () => {
    const phone = await stream(session.id, member.token);
    await phone.next(is("reveal"));
    expect((await step("end", session.id, teacher)).status).toBe(200);
    const ended = await phone.next(is("ended"));
    expect(ended).toMatchObject({ total: 4, yourScore: { correct: 1, answered: 1 } });
    expect((ended as Extract<LiveMessage, { type: "ended" }>).summary[0]).toMatchObject({ answered: 2, correct: 1 });
    await expect(phone.next(undefined, 2000)).rejects.toThrow(/stream ended/);

    const attempts = await t.db.attempt.findMany({ where: { liveSeat: { sessionId: session.id } } });
    expect(attempts).toHaveLength(3);
    expect(attempts.every((a) => a.mode === "live" && a.finishedAt !== null)).toBe(true);
    const analysis = await fetchItemAnalysis(t.db, classId, getUnit(UNIT)!);
    const item = analysis.items.find((i) => i.answered > 0);
    expect(item).toMatchObject({ answered: 1, correct: 1 });
    // A right answer puts nothing under review; the guest's wrong one is due again soon.
    expect(await t.db.reviewCard.count({ where: { userId: member.userId } })).toBe(0);
    const gina = await t.db.liveParticipant.findFirstOrThrow({
      where: { sessionId: session.id, displayName: "Guest Gina" },
    });
    expect(await t.db.reviewCard.count({ where: { userId: gina.userId } })).toBe(1);

    expect((await step("next", session.id, teacher)).status).toBe(409);
    expect((await joinLiveAs(session.code, "Too late")).res.status).toBe(404);
  });
});

describe("the teacher's controls", () => {
  it("belong to the session's teacher only, and two clicks at once never skip or repeat a step", async () => {
    const session = await startLive(teacher);
    expect((await step("next", session.id, otherTeacher)).status).toBe(404);
    const student = await joinLiveAs(session.code, "Stu");
    expect((await step("next", session.id, student.token)).status).toBe(403);
    // Each click that is answered 200 moved the class on by exactly one question: two clicks that
    // read the same state cannot both move it (the version is compared and set), and a refused one is 409.
    const both = await Promise.all([step("next", session.id, teacher), step("next", session.id, teacher)]);
    const moved = both.filter((r) => r.status === 200).length;
    expect(both.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect(moved).toBeGreaterThanOrEqual(1);
    const row = await t.db.liveSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.questionIndex).toBe(moved - 1);
    expect(row.version).toBe(moved);
  });

  it("lets a teacher who reloads the projector continue where the class is", async () => {
    const session = await startLive(teacher);
    await step("next", session.id, teacher);
    await step("reveal", session.id, teacher);
    await step("next", session.id, teacher);
    const board = await stream(session.id, teacher);
    expect(await board.next()).toMatchObject({ type: "question", index: 1 });
  });
});

describe("an idle session", () => {
  it("ends itself after three hours", async () => {
    const session = await startLive(teacher);
    const seated = await joinLiveAs(session.code, "Idle Ida");
    await t.db.liveSession.update({
      where: { id: session.id },
      data: { lastActivityAt: new Date(Date.now() - IDLE_LIMIT_MS - 1000) },
    });
    expect((await joinLiveAs(session.code, "Newcomer")).res.status).toBe(404);
    const row = await t.db.liveSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.status).toBe("ended");
    expect(row.endedAt).not.toBeNull();
    const reader = await stream(session.id, seated.token);
    expect(await reader.next()).toMatchObject({ type: "ended" });
  });
});
