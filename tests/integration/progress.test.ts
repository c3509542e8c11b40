import { contentUnit as getUnit } from "@/tests/support/content";
import { finishAttempt, startAttempt } from "@/lib/quiz/attempts";
import { recordAnswer } from "@/lib/quiz/record-answer";
import { getLearnerProgress } from "@/lib/progress/summary";
import { answerOf } from "@/tests/support/answers";
import { testDbWithContent } from "@/tests/support/test-database";

const UNIT = "northern-kosovo-2023";
const testDb = testDbWithContent();

const unit = () => getUnit(UNIT)!;

async function quiz(userId: string, mode: "faq" | "unit", rightCount: number, at: Date) {
  const started = await startAttempt(testDb.db, userId, UNIT, mode, at);
  if (!started.ok) throw new Error(started.reason);
  for (const [i, q] of started.state.questions.entries()) {
    const full = unit().questions.find((x) => x.id === q.id)!;
    const outcome = await recordAnswer(
      testDb.db,
      { userId },
      started.state.attempt.id,
      q.id,
      answerOf(full, i < rightCount),
      at,
    );
    if (!outcome.ok) throw new Error(outcome.reason);
  }
  const finished = await finishAttempt(testDb.db, userId, started.state.attempt.id, at);
  if (!finished.ok) throw new Error(finished.reason);
}

it("reports nothing started for a new learner", async () => {
  const user = await testDb.db.user.create({ data: { role: "guest" } });
  const [progress] = await getLearnerProgress(testDb.db, user.id);
  expect(progress).toMatchObject({
    unitId: UNIT,
    eventsRead: 0,
    eventsTotal: unit().events.length,
    finishedAttempts: 0,
    bestScore: null,
    lastScore: null,
    mastery: "not-started",
    reviewDue: 0,
  });
});

it("aggregates reads, finished attempts, best and last score, mastery and due reviews in the database", async () => {
  const user = await testDb.db.user.create({ data: { role: "guest" } });
  const other = await testDb.db.user.create({ data: { role: "guest" } });
  const t0 = new Date(Date.now() - 3 * 60 * 60 * 1000);
  await quiz(user.id, "faq", 4, t0); // 4 of 4
  await quiz(user.id, "faq", 1, new Date(t0.getTime() + 60_000)); // 1 of 4, the last
  await quiz(other.id, "faq", 0, t0);
  // An unfinished attempt does not count.
  await startAttempt(testDb.db, user.id, UNIT, "unit");
  await testDb.db.eventRead.createMany({
    data: unit()
      .events.slice(0, 3)
      .map((e) => ({ userId: user.id, eventId: `${UNIT}/${e.id}` })),
  });

  const [progress] = await getLearnerProgress(testDb.db, user.id);
  expect(progress).toMatchObject({
    eventsRead: 3,
    finishedAttempts: 2,
    bestScore: 1,
    lastScore: 0.25,
    mastery: "proficient",
  });
  // The three questions missed in the second quiz were due within minutes, and now are.
  expect(progress!.reviewDue).toBe(3);
});

it("is mastered after 90% on a whole-unit quiz with every event read", async () => {
  const user = await testDb.db.user.create({ data: { role: "student", displayName: "Ana" } });
  await testDb.db.eventRead.createMany({
    data: unit().events.map((e) => ({ userId: user.id, eventId: `${UNIT}/${e.id}` })),
  });
  await quiz(user.id, "unit", 12, new Date());
  const [progress] = await getLearnerProgress(testDb.db, user.id);
  expect(progress).toMatchObject({ mastery: "mastered", bestScore: 1, eventsRead: unit().events.length });
});
