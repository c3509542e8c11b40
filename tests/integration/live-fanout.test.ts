import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { testDbWithContent } from "@/tests/support/test-database";
import { teacherToken } from "@/tests/support/classrooms";
import { sessionTokenFrom } from "@/tests/support/requests";
import { joinLiveAs, readEvents, startLive, type EventReader } from "@/tests/support/live";
import { contentUnit as getUnit } from "@/tests/support/content";
import { liveStreamUrl } from "@/lib/live/paths";
import type { LiveMessage } from "@/lib/live/view";

// Two app processes on one database, as two `npm start` workers (SQLite) or two app instances
// (PostgreSQL): a device's stream is served by one, the teacher's steps and the answers go to the
// other, and each must see what the other did.

const t = testDbWithContent();
const children: ChildProcess[] = [];
const readers: EventReader[] = [];

function startProcess(): Promise<string> {
  const child = spawn(
    process.execPath,
    [path.join("node_modules", "tsx", "dist", "cli.mjs"), "tests/support/live-app-process.ts"],
    {
      env: { ...process.env, DATABASE_URL: t.url, NODE_ENV: "test" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
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
  fetch(`${base}${url}`, {
    method: "POST",
    headers: { ...cookie(token), "content-type": "application/json" },
    body: JSON.stringify(body ?? {}),
  });

async function follow(base: string, id: string, token: string, lang?: string): Promise<EventReader> {
  const res = await fetch(`${base}${lang ? liveStreamUrl(id, lang) : `/api/live/${id}/stream`}`, {
    headers: cookie(token),
  });
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
  const second = await fetch(`${b}/api/live/${session.code}/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ displayName: "Dev Two" }),
  });
  expect(second.status).toBe(201);
  await phoneOnA.next((m) => m.type === "tally" && m.devices === 2);
  // What crosses between the processes is only "this session changed": each process puts the
  // question into its own streams' languages (Albanian on A, Serbian on B, English on B's board).
  const albanianOnA = await follow(a, session.id, device.token, "sq");
  const serbianOnB = await follow(b, session.id, sessionTokenFrom(second)!, "sr-Latn");

  const started = Date.now();
  expect((await post(b, `/api/live/${session.id}/next`, teacher)).status).toBe(200);
  const question = (await phoneOnA.next((m) => m.type === "question")) as Extract<LiveMessage, { type: "question" }>;
  expect(Date.now() - started).toBeLessThan(2000);
  expect(question.index).toBe(0);
  const prompt = (locale: "sq" | "sr-Latn") =>
    getUnit("northern-kosovo-2023", locale)!.questions.find((q) => q.id === question.question.id)!.prompt;
  expect(await albanianOnA.next((m) => m.type === "question")).toMatchObject({
    question: { id: question.question.id, prompt: prompt("sq") },
  });
  expect(await serbianOnB.next((m) => m.type === "question")).toMatchObject({
    question: { id: question.question.id, prompt: prompt("sr-Latn") },
  });
  expect(await boardOnB.next((m) => m.type === "question")).toMatchObject({
    question: { prompt: question.question.prompt },
  });
  expect(prompt("sq")).not.toBe(question.question.prompt);

  const res = await post(a, `/api/live/${session.id}/answers`, device.token, {
    questionId: question.question.id,
    answer: "police-patrol-ambushed",
  });
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
