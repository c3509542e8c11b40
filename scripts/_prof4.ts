import { performance } from "node:perf_hooks";
import { createScratchDatabase } from "@/tests/scratch-database";
import { migrate } from "@/lib/migrate";
(async () => {
  const s = await createScratchDatabase(process.argv[2]);
  await migrate(s.url);
  process.env.DATABASE_URL = s.url;
  const { db } = await import("@/lib/db");
  const { syncContent } = await import("@/lib/content/sync");
  const { getUnits, getUnit } = await import("@/lib/content/load");
  const { startAttempt, findOwnAttempt, parsePlan } = await import("@/lib/quiz/attempts");
  const { loadQuestion } = await import("@/lib/quiz/question-bank");
  const { answerFeedback } = await import("@/lib/quiz/feedback");
  const { scoreAnswer, answerSchemaFor } = await import("@/lib/quiz/answers");
  const { findReviewCard } = await import("@/lib/review/cards");
  await syncContent(db(), getUnits());
  const u = await db().user.create({ data: { role: "guest" } });
  const out = await startAttempt(db(), u.id, "northern-kosovo-2023", "faq");
  if (!out.ok) throw new Error();
  const N = 500;
  const time = async (label: string, f: () => unknown) => {
    for (let i = 0; i < 50; i++) await f();
    const t0 = performance.now();
    for (let i = 0; i < N; i++) await f();
    console.log(label.padEnd(24), ((performance.now() - t0) / N).toFixed(3), "ms");
  };
  const row = (await findOwnAttempt(db(), u.id, out.state.attempt.id))!;
  const q = (await loadQuestion(db(), "northern-kosovo-2023", out.state.questions[0]!.id))!;
  const unit = getUnit("northern-kosovo-2023")!;
  await time("findOwnAttempt", () => findOwnAttempt(db(), u.id, out.state.attempt.id));
  await time("loadQuestion", () => loadQuestion(db(), "northern-kosovo-2023", q.id));
  await time("findReviewCard", () => findReviewCard(db(), u.id, "x"));
  await time("parsePlan", () => parsePlan(row));
  await time("score", () => scoreAnswer(q, answerSchemaFor(q).parse((q as any).options[0].id)));
  await time("feedback", () => answerFeedback(unit, q, (q as any).options[0].id, true));
  let i = 0;
  await time("batch create+update", async () => {
    const a = await db().attempt.create({ data: { userId: u.id, unitId: "northern-kosovo-2023", mode: "faq", seed: "s", plan: "[]", questionCount: 4 } });
    const t0 = performance.now();
    await db().$transaction([
      db().response.create({ data: { attemptId: a.id, questionId: `northern-kosovo-2023/${q.id}`, answer: "\"x\"", choice: "x", correct: true, score: 1 }, select: { id: true } }),
      db().attempt.update({ where: { id: a.id, finishedAt: null }, data: { answeredCount: { increment: 1 } }, select: { answeredCount: true, correctCount: true, questionCount: true } }),
    ]);
    i += performance.now() - t0;
  });
  console.log("  of which the batch", (i / (N + 50)).toFixed(3), "ms");
  await db().$disconnect();
  await s.drop();
})();
