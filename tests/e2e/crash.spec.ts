import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import type { AttemptState } from "@/lib/quiz/types";
import { twoValidAnswers } from "@/tests/support/answers";
import { startServer } from "@/tests/support/server";

// Kill the server (SIGKILL, no shutdown) in the middle of a load of answer submissions, start it
// again on the same database, and check that every answer acknowledged to a client is stored and
// that every attempt's counters agree with its stored answers.

type Ack = { attemptId: string; questionId: string; answer: unknown };

test("no acknowledged answer is lost when the server is killed mid-load", async () => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-crash-"));
  const databaseUrl = `file:${path.join(dir, "crash.db")}`;
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  let server = await startServer({ databaseUrl, distDir });

  const learners = await Promise.all(
    Array.from({ length: 40 }, async () => {
      const res = await fetch(`${server.url}/api/attempts`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ unit: "northern-kosovo-2023", mode: "unit" }),
      });
      expect(res.status).toBe(201);
      const cookie = /eventline_session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")![0];
      const state = (await res.json()) as AttemptState;
      return { cookie, state };
    }),
  );

  const acked: Ack[] = [];
  let stop = false;
  const workers = learners.map(async ({ cookie, state }) => {
    for (const q of state.questions) {
      if (stop) return;
      const [answer] = twoValidAnswers(q);
      try {
        const res = await fetch(`${server.url}/api/attempts/${state.attempt.id}/answers`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({ questionId: q.id, answer }),
        });
        if (res.status === 201 || res.status === 200)
          acked.push({ attemptId: state.attempt.id, questionId: q.id, answer });
      } catch {
        return; // the server is gone
      }
    }
  });
  // Let the load run until answers are being acknowledged, then pull the plug mid-flight.
  const deadline = Date.now() + 30_000;
  while (acked.length < 80 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await server.crash();
  stop = true;
  await Promise.all(workers);
  expect(acked.length).toBeGreaterThan(0);

  server = await startServer({ databaseUrl, distDir });
  const health = await fetch(`${server.url}/api/health`);
  expect(health.status).toBe(200);
  await server.stop();

  const conn = new Database(databaseUrl.replace(/^file:/, ""), { readonly: true });
  try {
    const stored = conn.prepare(`SELECT "attemptId", "questionId", "answer" FROM "Response"`).all() as {
      attemptId: string;
      questionId: string;
      answer: string;
    }[];
    const key = (a: string, q: string) => `${a} ${q}`;
    const byKey = new Map(stored.map((r) => [key(r.attemptId, r.questionId.split("/")[1]!), r.answer]));
    const lost = acked.filter((a) => byKey.get(key(a.attemptId, a.questionId)) !== JSON.stringify(a.answer));
    expect(lost).toEqual([]);
    const inconsistent = conn
      .prepare(
        `SELECT a."id" FROM "Attempt" a LEFT JOIN "Response" r ON r."attemptId" = a."id"
         GROUP BY a."id", a."answeredCount", a."correctCount"
         HAVING a."answeredCount" <> COUNT(r."id") OR a."correctCount" <> SUM(CASE WHEN r."correct" THEN 1 ELSE 0 END)`,
      )
      .all();
    expect(inconsistent).toEqual([]);
    console.log(`crash: ${acked.length} answers acknowledged before SIGKILL, ${stored.length} stored, 0 lost`);
  } finally {
    conn.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
