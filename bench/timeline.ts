// `npm run bench:timeline`: serves a production build with a content folder holding the real units
// and the generated 1,000-event unit, then measures the timeline's server response time and HTML size.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { BIG_UNIT_SLUG, writeBigUnit } from "@/tests/support/big-unit";
import { benchPostgresBase, createScratchDatabase } from "@/tests/support/scratch-database";
import { startServer } from "@/tests/support/server";

const REQUESTS = 20;
const WARMUP = 3;
const root = process.cwd();

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

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-bench-timeline-"));
  const contentDir = path.join(work, "content");
  fs.cpSync(path.join(root, "content"), contentDir, { recursive: true });
  writeBigUnit(contentDir);
  const database = await createScratchDatabase(benchPostgresBase());
  console.log(`Serving the production build with content from ${contentDir} on ${database.kind}…`);
  const server = await startServer({ databaseUrl: database.url, contentDir });
  const base = server.url;

  try {
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
    console.log(
      `\nServer response time over ${REQUESTS} sequential requests (after ${WARMUP} to warm up), full body read:`,
    );
    console.table(rows);
  } finally {
    await server.stop();
    await database.drop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
