import { performance } from "node:perf_hooks";
import { createScratchDatabase } from "@/tests/scratch-database";
import { migrate } from "@/lib/migrate";

(async () => {
  const s = await createScratchDatabase(process.argv[2]);
  await migrate(s.url);
  process.env.DATABASE_URL = s.url;
  const { db } = await import("@/lib/db");
  const { syncContent } = await import("@/lib/content/sync");
  const { getUnits } = await import("@/lib/content/load");
  const { startAttempt } = await import("@/lib/quiz/attempts");
  const { recordAnswer } = await import("@/lib/quiz/record-answer");
  const { findSessionUser, createSession } = await import("@/lib/auth/session");
  await syncContent(db(), getUnits());
  const N = 400;
  const users = [];
  for (let i = 0; i < N; i++) {
    const u = await db().user.create({ data: { role: "guest" } });
    const sess = await createSession(db(), u.id);
    const out = await startAttempt(db(), u.id, "northern-kosovo-2023", "faq");
    if (!out.ok) throw new Error("start");
    users.push({ u, token: sess.token, state: out.state });
  }
  let t0 = performance.now();
  for (const x of users) await findSessionUser(db(), x.token);
  console.log("session lookup ms", ((performance.now() - t0) / N).toFixed(2));
  t0 = performance.now();
  for (const x of users) {
    const q = x.state.questions[0]!;
    const ans = q.type === "single" ? q.options[0]!.id : true;
    const r = await recordAnswer(db(), x.u.id, x.state.attempt.id, q.id, ans);
    if (!r.ok) throw new Error(JSON.stringify(r));
  }
  console.log("recordAnswer ms", ((performance.now() - t0) / N).toFixed(2));
  await db().$disconnect();
  await s.drop();
})();
