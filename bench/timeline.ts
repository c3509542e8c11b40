// `npm run bench:timeline`: serves a production build with a content folder holding the real units
// and the generated 1,000-event unit, then measures the timeline's server response time and HTML size.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { BIG_UNIT_SLUG, writeBigUnit } from "../tests/fixtures/big-unit";

const REQUESTS = 20;
const WARMUP = 3;
const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || ".next-bench-timeline";

const pages = [
  { name: "first unit", path: "/units/northern-kosovo-2023" },
  { name: "first unit, filtered", path: "/units/northern-kosovo-2023?category=diplomacy" },
  { name: "first unit, event page", path: "/units/northern-kosovo-2023/events/banjska-ambush" },
  { name: "1,000 events, page 1", path: `/units/${BIG_UNIT_SLUG}` },
  { name: "1,000 events, page 10", path: `/units/${BIG_UNIT_SLUG}?page=10` },
  { name: "1,000 events, filtered", path: `/units/${BIG_UNIT_SLUG}?category=clash&actor=river-police` },
  { name: "1,000 events, event page", path: `/units/${BIG_UNIT_SLUG}/events/event-0500` },
  { name: "home (units list)", path: "/" },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealth(base: string, server: { exitCode: number | null }) {
  // The first run builds the app, which takes a few minutes on a small machine.
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start in time");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function measure(url: string) {
  for (let i = 0; i < WARMUP; i++) await (await fetch(url)).text();
  const times: number[] = [];
  let html = "";
  let status = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    const res = await fetch(url);
    html = await res.text();
    times.push(performance.now() - start);
    status = res.status;
  }
  times.sort((a, b) => a - b);
  const bytes = Buffer.byteLength(html);
  return { status, median: percentile(times, 50), p95: percentile(times, 95), bytes, gzip: zlib.gzipSync(html).length };
}

/**
 * The database to serve from: a temp SQLite file, or, when BENCH_DATABASE_URL names a PostgreSQL
 * server, a new database on it that is dropped afterwards.
 */
async function benchDatabase(work: string): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.BENCH_DATABASE_URL;
  if (!server || !/^postgres(ql)?:\/\//.test(server)) return { url: `file:${path.join(work, "bench.db")}`, drop: async () => {} };
  const { default: pg } = await import("pg");
  const name = `eventline_bench_timeline_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-bench-timeline-"));
  const contentDir = path.join(work, "content");
  fs.cpSync(path.join(root, "content"), contentDir, { recursive: true });
  writeBigUnit(contentDir);
  const database = await benchDatabase(work);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;

  console.log(`Serving a production build (${distDir}) with content from ${contentDir} on ${database.url.split(":")[0]}…`);
  const server = spawn(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: database.url,
      CONTENT_DIR: contentDir,
      SEED_DEMO: "0",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });

  try {
    await waitForHealth(base, server);
    const rows = [];
    for (const page of pages) {
      const r = await measure(`${base}${page.path}`);
      rows.push({
        page: page.name,
        status: r.status,
        "median ms": r.median.toFixed(1),
        "p95 ms": r.p95.toFixed(1),
        "HTML KiB": (r.bytes / 1024).toFixed(1),
        "gzip KiB": (r.gzip / 1024).toFixed(1),
      });
    }
    console.log(`\nServer response time over ${REQUESTS} sequential requests (after ${WARMUP} to warm up), full body read:`);
    console.table(rows);
  } finally {
    stop();
    await new Promise((r) => setTimeout(r, 500));
    await database.drop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
