import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { testDbWithContent } from "@/tests/support/test-database";
import { teacherToken } from "@/tests/support/classrooms";
import { joinLiveAs, readEvents, startLive, type EventReader } from "@/tests/support/live";
import type { LiveMessage } from "@/lib/live/view";

// Two app processes on one database, as two `npm start` workers (SQLite) or two app instances
// (PostgreSQL): a device's stream is served by one, the teacher's steps and the answers go to the
// other, and each must see what the other did.

const t = testDbWithContent();
const children: ChildProcess[] = [];
const readers: EventReader[] = [];

function startProcess(): Promise<string> {
  const child = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "tests/support/live-app-process.ts"], {
    env: { ...process.env, DATABASE_URL: t.url, NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const port = /listening (\d+)/.exec(out)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`app process exited (${code}): ${out}`)));
  });
}

afterAll(async () => {
  await Promise.all(readers.map((r) => r.close()));
  for (const child of children) child.kill("SIGTERM");
});

const cookie = (token: string) => ({ cookie: `eventline_session=${token}` });
const post = (base: string, url: string, token: string, body?: unknown) =>
  fetch(`${base}${url}`, { method: "POST", headers: { ...cookie(token), "content-type": "application/json" }, body: JSON.stringify(body ?? {}) });

async function follow(base: string, id: string, token: string): Promise<EventReader> {
  const res = await fetch(`${base}/api/live/${id}/stream`, { headers: cookie(token) });
  expect(res.status).toBe(200);
  const reader = readEvents(res.body!);
  readers.push(reader);
  return reader;
}

it("a step taken on one process reaches the streams served by another, and answers reach the teacher's tally", async () => {
  const [a, b] = await Promise.all([startProcess(), startProcess()]);
  const teacher = await teacherToken("fanout@example.org");
  const session = await startLive(teacher);
  const device = await joinLiveAs(session.code, "Dev One");

  const phoneOnA = await follow(a, session.id, device.token);
  const boardOnB = await follow(b, session.id, teacher);
  expect(await phoneOnA.next()).toMatchObject({ type: "tally", questionId: null, devices: 1 });
  expect(await boardOnB.next()).toMatchObject({ type: "tally", questionId: null, devices: 1 });

  // A second device joins through process B: the board on B and the phone on A both count it.
  const second = await fetch(`${b}/api/live/${session.code}/join`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ displayName: "Dev Two" }) });
  expect(second.status).toBe(201);
  await phoneOnA.next((m) => m.type === "tally" && m.devices === 2);

  const started = Date.now();
  expect((await post(b, `/api/live/${session.id}/next`, teacher)).status).toBe(200);
  const question = (await phoneOnA.next((m) => m.type === "question")) as Extract<LiveMessage, { type: "question" }>;
  expect(Date.now() - started).toBeLessThan(2000);
  expect(question.index).toBe(0);

  const res = await post(a, `/api/live/${session.id}/answers`, device.token, { questionId: question.question.id, answer: "police-patrol-ambushed" });
  expect(res.status).toBe(201);
  const tally = await boardOnB.next((m) => m.type === "tally" && m.answered === 1);
  expect((tally as Extract<LiveMessage, { type: "tally" }>).counts?.reduce((s, c) => s + c.count, 0)).toBe(1);

  expect((await post(a, `/api/live/${session.id}/reveal`, teacher)).status).toBe(200);
  expect(await boardOnB.next((m) => m.type === "reveal")).toMatchObject({ answered: 1 });
  expect(await phoneOnA.next((m) => m.type === "reveal")).toMatchObject({ yourAnswer: { correct: true } });

  // A device reconnecting to the other process gets the current state first.
  const phoneOnB = await follow(b, session.id, device.token);
  expect(await phoneOnB.next()).toMatchObject({ type: "reveal", index: 0 });

  expect((await post(b, `/api/live/${session.id}/end`, teacher)).status).toBe(200);
  expect(await phoneOnA.next((m) => m.type === "ended")).toMatchObject({ type: "ended" });
});
