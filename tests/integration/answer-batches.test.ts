import { POST as startAttempt } from "@/app/api/attempts/route";
import { POST as answer } from "@/app/api/attempts/[attempt]/answers/route";
import { POST as finish } from "@/app/api/attempts/[attempt]/finish/route";
import { hashToken } from "@/lib/accounts/sessions";
import { batched, isSqlite, type Db } from "@/lib/db";
import { contentUnit as getUnit } from "@/tests/support/content";
import type { AttemptState } from "@/lib/quiz/types";
import { answerOf } from "@/tests/support/answers";
import { jsonRequest, sessionTokenFrom } from "@/tests/support/requests";
import { testDbWithContent } from "@/tests/support/test-database";

// Answers that arrive together share their round trips on PostgreSQL (batched in lib/db.ts), and
// the learner's session is read in the answer's own query. Each answer must still come out as if
// it had been sent alone, on either database.

const t = testDbWithContent();
const UNIT = "northern-kosovo-2023";
const question = (id: string) => getUnit(UNIT)!.questions.find((q) => q.id === id)!;
const ctx = (attempt: string) => ({ params: Promise.resolve({ attempt }) });

async function start(cookie?: string, mode: "faq" | "unit" = "faq"): Promise<{ cookie: string; state: AttemptState }> {
  const res = await startAttempt(jsonRequest("/api/attempts", { body: { unit: UNIT, mode }, cookie }));
  expect(res.status).toBe(201);
  return { cookie: cookie ?? sessionTokenFrom(res)!, state: (await res.json()) as AttemptState };
}

function send(cookie: string, attempt: string, questionId: string, value: unknown): Promise<Response> {
  return answer(
    jsonRequest(`/api/attempts/${attempt}/answers`, { cookie, body: { questionId, answer: value } }),
    ctx(attempt),
  );
}

/** Whether calls on this client can share a statement: PostgreSQL once Prisma's pool is open. */
const sharesStatements = (database: Db) => !isSqlite(database);

describe("batched", () => {
  beforeAll(async () => {
    // Prisma opens its pool on the first query; only then can calls share a statement.
    await t.db.user.count();
  });

  it("runs calls made together as one batch on PostgreSQL, and each alone on SQLite, answering each in order", async () => {
    const batches: number[][] = [];
    const double = batched(async (_database: Db, inputs: number[]) => {
      batches.push(inputs);
      return inputs.map((n) => n * 2);
    });
    const outputs = await Promise.all([1, 2, 3, 4, 5].map((n) => double(t.db, n)));
    expect(outputs).toEqual([2, 4, 6, 8, 10]);
    expect(batches).toEqual(sharesStatements(t.db) ? [[1, 2, 3, 4, 5]] : [[1], [2], [3], [4], [5]]);
  });

  it("lets the calls that arrive while a batch is on its way go together in the next", async () => {
    const batches: string[][] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const echo = batched(async (_database: Db, inputs: string[]) => {
      batches.push(inputs);
      if (inputs.includes("first")) await held;
      return inputs;
    });
    const first = echo(t.db, "first");
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const later = ["a", "b", "c"].map((s) => echo(t.db, s));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    expect(await Promise.all([first, ...later])).toEqual(["first", "a", "b", "c"]);
    expect(batches).toEqual(sharesStatements(t.db) ? [["first"], ["a", "b", "c"]] : [["first"], ["a"], ["b"], ["c"]]);
  });

  it("keeps calls that must stay apart in different batches, in the order they came", async () => {
    const batches: string[][] = [];
    const echo = batched(
      async (_database: Db, inputs: string[]) => {
        batches.push(inputs);
        return inputs;
      },
      { apart: (a, b) => a[0] === b[0] },
    );
    expect(await Promise.all(["x1", "y1", "x2", "z1", "x3", "y2"].map((s) => echo(t.db, s)))).toEqual([
      "x1",
      "y1",
      "x2",
      "z1",
      "x3",
      "y2",
    ]);
    for (const batch of batches) expect(new Set(batch.map((s) => s[0])).size).toBe(batch.length);
    expect(batches.flat().filter((s) => s.startsWith("x"))).toEqual(["x1", "x2", "x3"]);
    if (sharesStatements(t.db)) expect(batches).toEqual([["x1", "y1", "z1"], ["x2", "y2"], ["x3"]]);
  });

  it("runs a failed batch's calls again one by one, so only the bad call fails", async () => {
    const batches: string[][] = [];
    const strict = batched(async (_database: Db, inputs: string[]) => {
      batches.push(inputs);
      if (inputs.includes("bad")) throw new Error("bad input");
      return inputs.map((s) => s.toUpperCase());
    });
    const settled = await Promise.allSettled(["a", "bad", "c"].map((s) => strict(t.db, s)));
    expect(settled.map((s) => (s.status === "fulfilled" ? s.value : (s.reason as Error).message))).toEqual([
      "A",
      "bad input",
      "C",
    ]);
    if (sharesStatements(t.db)) expect(batches).toEqual([["a", "bad", "c"], ["a"], ["bad"], ["c"]]);
  });
});

describe("answers sent together", () => {
  it("store each answer, its counters and its review card exactly as answers sent one by one", async () => {
    // 24 learners each answer every question of their FAQ attempt at once; meanwhile each one's
    // attempt at the whole unit answers a question it shares with the FAQ, if it drew one (one
    // review card per learner and question). A finished attempt's answer arrives in the same burst.
    const learners = await Promise.all(Array.from({ length: 24 }, () => start()));
    const seconds = await Promise.all(learners.map((l) => start(l.cookie, "unit")));
    const shared = seconds.map(({ state }, n) =>
      state.questions.find((q) => learners[n]!.state.questions.some((f) => f.id === q.id)),
    );
    expect(shared.filter(Boolean).length).toBeGreaterThan(0);
    const done = await start();
    expect(
      (
        await finish(
          jsonRequest(`/api/attempts/${done.state.attempt.id}/finish`, { cookie: done.cookie, body: {} }),
          ctx(done.state.attempt.id),
        )
      ).status,
    ).toBe(200);

    const sent = await Promise.all([
      ...learners.flatMap(({ cookie, state }, n) =>
        state.questions.map(async (q, i) => {
          const right = (n + i) % 3 !== 0;
          const res = await send(cookie, state.attempt.id, q.id, answerOf(question(q.id), right));
          return { attempt: state.attempt.id, question: q.id, right, status: res.status, body: await res.json() };
        }),
      ),
      ...seconds
        .flatMap(({ cookie, state }, n) => {
          const q = shared[n];
          return q ? [{ cookie, state, q }] : [];
        })
        .map(async ({ cookie, state, q }) => {
          const res = await send(cookie, state.attempt.id, q.id, answerOf(question(q.id), false));
          return {
            attempt: state.attempt.id,
            question: q.id,
            right: false,
            status: res.status,
            body: await res.json(),
          };
        }),
    ]);
    const late = await send(
      done.cookie,
      done.state.attempt.id,
      done.state.questions[0]!.id,
      answerOf(question(done.state.questions[0]!.id), true),
    );

    expect(sent.map((s) => s.status)).toEqual(sent.map(() => 201));
    expect(sent.every((s) => s.body.correct === s.right)).toBe(true);
    expect(late.status).toBe(409);
    expect(await t.db.response.count({ where: { attemptId: done.state.attempt.id } })).toBe(0);

    for (const { state } of [...learners, ...seconds]) {
      const responses = await t.db.response.findMany({ where: { attemptId: state.attempt.id } });
      const attempt = await t.db.attempt.findUniqueOrThrow({ where: { id: state.attempt.id } });
      const mine = sent.filter((s) => s.attempt === state.attempt.id);
      expect(responses).toHaveLength(mine.length);
      expect(attempt.answeredCount).toBe(mine.length);
      expect(attempt.correctCount).toBe(mine.filter((s) => s.right).length);
      expect(attempt.score).toBeCloseTo(responses.reduce((sum, r) => sum + r.score, 0));
      // Each reply's progress counts its own answer, as it would have alone.
      const progress = mine.map((s) => s.body.progress.answered as number).sort((a, b) => a - b);
      expect(progress).toEqual(mine.map((_, i) => i + 1));
    }
    // A review card for each question a learner missed (a right first answer schedules nothing),
    // one even where both attempts missed the same question at once.
    for (const [n, { cookie, state }] of learners.entries()) {
      const user = await t.db.session.findUniqueOrThrow({ where: { tokenHash: hashToken(cookie) } });
      const cards = await t.db.reviewCard.findMany({ where: { userId: user.userId } });
      const missed = new Set(
        sent
          .filter((s) => !s.right && (s.attempt === state.attempt.id || s.attempt === seconds[n]!.state.attempt.id))
          .map((s) => `${UNIT}/${s.question}`),
      );
      expect(cards.map((c) => c.questionId).sort()).toEqual([...missed].sort());
      for (const card of cards) expect(card).toMatchObject({ lapses: 0, reps: expect.any(Number) });
      for (const card of cards) expect(card.due.getTime()).toBeGreaterThan(Date.now() - 60_000);
    }
  });

  it("read the session with the answer: an ended or idle sign-in answers nothing, and use is recorded", async () => {
    const { cookie, state } = await start();
    const [q1, q2] = state.questions as [AttemptState["questions"][number], AttemptState["questions"][number]];
    const tokenHash = hashToken(cookie);

    // Last seen an hour ago: the answer counts, and the use is recorded.
    await t.db.session.update({ where: { tokenHash }, data: { lastSeenAt: new Date(Date.now() - 3_600_000) } });
    expect((await send(cookie, state.attempt.id, q1.id, answerOf(question(q1.id), true))).status).toBe(201);
    const seen = await t.db.session.findUniqueOrThrow({ where: { tokenHash } });
    expect(Date.now() - seen.lastSeenAt.getTime()).toBeLessThan(60_000);

    // Expired: the attempt is not found for this request, nothing is stored, the session is ended.
    await t.db.session.update({ where: { tokenHash }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const refused = await send(cookie, state.attempt.id, q2.id, answerOf(question(q2.id), true));
    expect(refused.status).toBe(404);
    expect(await t.db.session.count({ where: { tokenHash } })).toBe(0);
    expect(await t.db.response.count({ where: { attemptId: state.attempt.id } })).toBe(1);
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: state.attempt.id } })).answeredCount).toBe(1);

    // A malformed or unknown cookie, and another learner's session, find no attempt either.
    const other = await start();
    for (const token of ["%ZZ", "x".repeat(43), other.cookie]) {
      expect((await send(token, state.attempt.id, q2.id, answerOf(question(q2.id), true))).status).toBe(404);
    }
    expect(await t.db.response.count({ where: { attemptId: state.attempt.id } })).toBe(1);
  });
});
