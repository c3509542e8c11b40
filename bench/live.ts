// `npm run bench:live`: 200 devices follow one live session on a production build served by
// `npm start` (one web worker per core), as a class with its teacher at the projector would.
//
//   npm run bench:live                      temp SQLite database
//   npm run bench:live -- --postgres        a fresh database on postgresql://postgres@127.0.0.1:5432/postgres
//   options: --devices N (200); --languages: the devices follow in English, Albanian and Serbian
//            in turn (?lang=), as a mixed class would; the projector stays in English
//
// Steps: a teacher starts an FAQ session; every device joins (a guest learner each) and opens the
// session's event stream, as does the projector; then "next": when did each device get the
// question? All devices answer at once: were all answers accepted, and when did the teacher's tally
// show them all? Then "reveal": did it reach every device?
import http from "node:http";
import os from "node:os";
import { liveStreamUrl } from "@/lib/live/paths";
import { locales } from "@/lib/i18n/locales";
import { benchPostgresBase, createScratchDatabase } from "@/tests/support/scratch-database";
import { startServer, type AppServer } from "@/tests/support/server";

type Message = { type: string; answered?: number; question?: { id: string; options?: { id: string }[] } };

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}
const deviceCount = option("devices", 200);
const mixedLanguages = process.argv.includes("--languages");

/** A stream read as EventSource would, recording when each message arrived. */
class Follower {
  readonly messages: { at: number; message: Message }[] = [];
  private waiters: (() => void)[] = [];
  private request: http.ClientRequest | null = null;

  constructor(
    private readonly base: string,
    private readonly sessionId: string,
    private readonly cookie: string,
    private readonly lang?: string,
  ) {}

  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      const url = new URL(
        this.lang ? liveStreamUrl(this.sessionId, this.lang) : `/api/live/${this.sessionId}/stream`,
        this.base,
      );
      this.request = http.get(url, { headers: { cookie: this.cookie, accept: "text/event-stream" } }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
        let buffer = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = block
              .split("\n")
              .filter((l) => l.startsWith("data: "))
              .map((l) => l.slice(6))
              .join("\n");
            if (data) this.messages.push({ at: performance.now(), message: JSON.parse(data) as Message });
          }
          this.waiters.splice(0).forEach((w) => w());
        });
        resolve();
      });
      this.request.on("error", reject);
    });
  }

  /** When the first message matching `match` arrived (waiting up to `timeoutMs`), or null. */
  async arrival(match: (m: Message) => boolean, timeoutMs: number): Promise<number | null> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find((m) => match(m.message));
      if (found) return found.at;
      const left = deadline - performance.now();
      if (left <= 0) return null;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.request?.destroy();
  }
}

async function post(base: string, path: string, cookie: string | undefined, body: unknown): Promise<Response> {
  return fetch(new URL(path, base), {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

function sessionCookie(res: Response): string {
  const token = /eventline_session=([^;]*)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
  if (!token) throw new Error(`no session cookie (status ${res.status})`);
  return `eventline_session=${token}`;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (n: number) => `${Math.round(n)} ms`;

async function main() {
  const postgres = benchPostgresBase();
  const scratch = postgres ? await createScratchDatabase(postgres) : null;
  let server: AppServer | null = null;
  const followers: Follower[] = [];
  try {
    server = await startServer(scratch ? { databaseUrl: scratch.url } : {});
    const base = server.url;
    const kind = scratch ? "PostgreSQL" : "SQLite";
    const workers = process.env.WEB_CONCURRENCY ?? String(os.availableParallelism());
    console.log(
      `bench:live on ${kind}, ${workers} workers, ${deviceCount} devices${mixedLanguages ? ` following in ${locales.join(", ")} in turn` : ""}`,
    );

    const signup = await post(base, "/api/auth/signup", undefined, {
      email: "bench.live@example.org",
      password: "correct horse battery",
      displayName: "Bench",
    });
    const teacher = sessionCookie(signup);
    const started = await post(base, "/api/live", teacher, { unit: "northern-kosovo-2023", mode: "faq" });
    if (started.status !== 201) throw new Error(`start answered ${started.status}`);
    const session = (await started.json()) as { id: string; code: string };

    const joinStart = performance.now();
    const cookies = await Promise.all(
      Array.from({ length: deviceCount }, async (_, i) =>
        sessionCookie(
          await post(base, `/api/live/${session.code}/join`, undefined, { displayName: `Device ${i + 1}` }),
        ),
      ),
    );
    const joinSeconds = (performance.now() - joinStart) / 1000;

    const projector = new Follower(base, session.id, teacher);
    await projector.open();
    followers.push(projector);
    const devices = cookies.map(
      (c, i) => new Follower(base, session.id, c, mixedLanguages ? locales[i % locales.length] : undefined),
    );
    await Promise.all(devices.map((d) => d.open()));
    followers.push(...devices);
    // Everyone has the lobby (the first message) before the teacher starts.
    await Promise.all(followers.map((f) => f.arrival(() => true, 30_000)));
    await projector.arrival(
      (m) => m.type === "tally" && m.answered === 0 && (m as { devices?: number }).devices === deviceCount,
      10_000,
    );

    const nextAt = performance.now();
    const next = await post(base, `/api/live/${session.id}/next`, teacher, {});
    if (next.status !== 200) throw new Error(`next answered ${next.status}`);
    const questionArrivals = await Promise.all(devices.map((d) => d.arrival((m) => m.type === "question", 15_000)));
    const questionDelays = questionArrivals.map((at) => (at === null ? Infinity : at - nextAt));
    const withinOneSecond = questionDelays.filter((d) => d <= 1000).length;

    const question = devices[0]!.messages.find((m) => m.message.type === "question")!.message.question!;
    const options = question.options!.map((o) => o.id);
    const answerStart = performance.now();
    const answerTimes: number[] = [];
    const statuses: Record<number, number> = {};
    let lastAccepted = answerStart;
    await Promise.all(
      cookies.map(async (cookie, i) => {
        const sent = performance.now();
        const res = await post(base, `/api/live/${session.id}/answers`, cookie, {
          questionId: question.id,
          answer: options[i % options.length],
        });
        await res.arrayBuffer();
        const done = performance.now();
        answerTimes.push(done - sent);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status === 201) lastAccepted = Math.max(lastAccepted, done);
      }),
    );
    const tallyAt = await projector.arrival((m) => m.type === "tally" && m.answered === deviceCount, 15_000);

    const revealAt = performance.now();
    const reveal = await post(base, `/api/live/${session.id}/reveal`, teacher, {});
    if (reveal.status !== 200) throw new Error(`reveal answered ${reveal.status}`);
    const revealArrivals = await Promise.all(devices.map((d) => d.arrival((m) => m.type === "reveal", 15_000)));
    const revealDelays = revealArrivals.filter((at): at is number => at !== null).map((at) => at - revealAt);
    await post(base, `/api/live/${session.id}/end`, teacher, {});

    const accepted = statuses[201] ?? 0;
    const rows = [
      ["devices joined", `${deviceCount} in ${joinSeconds.toFixed(1)} s`],
      [
        "question within 1 s of next",
        `${((withinOneSecond / deviceCount) * 100).toFixed(1)}% (p50 ${ms(percentile(questionDelays, 50))}, p95 ${ms(percentile(questionDelays, 95))}, max ${ms(Math.max(...questionDelays))})`,
      ],
      [
        "answers accepted",
        `${accepted} of ${deviceCount} (statuses ${JSON.stringify(statuses)}; p50 ${ms(percentile(answerTimes, 50))}, p99 ${ms(percentile(answerTimes, 99))}; all sent in ${ms(lastAccepted - answerStart)})`,
      ],
      [
        "teacher's tally shows all",
        tallyAt === null ? "never (15 s)" : `${ms(tallyAt - lastAccepted)} after the last answer was accepted`,
      ],
      [
        "reveal reached",
        `${revealDelays.length} of ${deviceCount} devices (p50 ${ms(percentile(revealDelays, 50))}, max ${ms(Math.max(...revealDelays))})`,
      ],
    ];
    console.log(
      `\n| ${kind} (${workers} workers${mixedLanguages ? ", devices in 3 languages" : ""}) | |\n| --- | --- |`,
    );
    for (const [label, value] of rows) console.log(`| ${label} | ${value} |`);
  } finally {
    followers.forEach((f) => f.close());
    await server?.stop();
    await scratch?.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
