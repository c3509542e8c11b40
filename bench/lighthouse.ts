// `npm run bench:lighthouse`: Lighthouse 12 (mobile preset) with Debian's Chromium against a
// production build, with a floor beside each reading page: a static Next.js 16 App Router page
// listing the same events as plain HTML (bench/floor, built and served only here), measured in the
// same run, in alternation with the page, so that both see the same machine load. Each page is
// measured twice per round: with Lighthouse's simulated throttling (a model of a slow phone fitted
// to an unthrottled load) and with the throttling applied to the real load (`devtools`).
//
//   npm run bench:lighthouse                 the home page, the unit page, an event page and the 1,000-event unit, 3 rounds
//   npm run bench:lighthouse -- --rounds 5   more rounds (medians are reported)
//   npm run bench:lighthouse -- --mode devtools  one throttling method only (simulate or devtools)
//   npm run bench:lighthouse -- / /units/x   other pages, without floors
//   npm run bench:lighthouse -- --only event  only the default pages whose address contains "event"
//   npm run bench:lighthouse -- --save DIR    also write each report (JSON) to DIR, for its diagnostics
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { loadContent } from "@/lib/content/load";
import { localizeUnit } from "@/lib/content/localize";
import type { Unit } from "@/lib/content/schema";
import { PAGE_SIZE } from "@/lib/timeline/filters";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/tests/support/chromium";
import { BIG_UNIT_SLUG, writeBigUnit } from "@/tests/support/big-unit";
import { freePort, startServer } from "@/tests/support/server";

const UNIT = "northern-kosovo-2023";
const EVENT = "banjska-ambush";
const FLOOR_DIR = path.join(process.cwd(), "bench", "floor");

// The HTML as a browser loading the page gets it (a client-side navigation gets a payload instead).
// node:http, not fetch: fetch sets Sec-Fetch-Mode to "cors" itself.
const DOCUMENT_REQUEST = {
  accept: "text/html,application/xhtml+xml",
  "sec-fetch-mode": "navigate",
  "sec-fetch-dest": "document",
  "accept-encoding": "identity",
};

/** The size of a page's HTML, gzipped here at zlib's default level. */
function gzippedDocument(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: DOCUMENT_REQUEST }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve(zlib.gzipSync(Buffer.concat(chunks)).length));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

type Target = { label: string; page: string; floor?: string };

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const ROUNDS = Number(option("--rounds") ?? 3);
const ONLY = option("--only");
const SAVE_DIR = option("--save");
const explicit = args.filter((a, i) => a.startsWith("/") && !args[i - 1]?.startsWith("--"));
const ALL_TARGETS: Target[] = explicit.length
  ? explicit.map((page) => ({ label: page, page }))
  : [
      { label: "home page", page: "/", floor: "/home" },
      { label: "unit page (35 events)", page: `/units/${UNIT}`, floor: `/${UNIT}` },
      { label: "unit page in Albanian", page: `/sq/units/${UNIT}`, floor: `/${UNIT}--sq` },
      { label: "event page", page: `/units/${UNIT}/events/${EVENT}`, floor: `/${UNIT}--${EVENT}` },
      { label: "1,000-event unit, page 1", page: `/units/${BIG_UNIT_SLUG}`, floor: `/${BIG_UNIT_SLUG}` },
    ];
const TARGETS = ONLY ? ALL_TARGETS.filter((t) => t.page.includes(ONLY)) : ALL_TARGETS;
const MODES = (["simulate", "devtools"] as const).filter((m) => !option("--mode") || option("--mode") === m);
type Mode = (typeof MODES)[number];
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/** What each floor page lists: the same events, titles, summaries and sources as the product page. */
function floorPages(units: Unit[]) {
  type FloorEvent = { id: string; date: string; category: string; title: string; summary: string; sources: string[] };
  const eventOf = (unit: Unit, event: Unit["events"][number]): FloorEvent => ({
    id: event.id,
    date: event.date,
    category: event.category,
    title: event.title,
    summary: event.summary,
    sources: event.sourceIds.map((id) => unit.sources.find((s) => s.id === id)?.title ?? id),
  });
  const pages: Record<string, { title: string; summary: string; events: FloorEvent[] }> = {};
  for (const unit of units) {
    pages[unit.meta.slug] = {
      title: unit.meta.title,
      summary: unit.meta.summary,
      events: unit.events.slice(0, PAGE_SIZE).map((e) => eventOf(unit, e)),
    };
  }
  const unit = units.find((u) => u.meta.slug === UNIT)!;
  const albanian = localizeUnit(unit, "sq");
  pages[`${UNIT}--sq`] = {
    title: albanian.meta.title,
    summary: albanian.meta.summary,
    events: albanian.events.slice(0, PAGE_SIZE).map((e) => eventOf(albanian, e)),
  };
  pages.home = {
    title: "Eventline",
    summary: "Timelines and self-check quizzes for studying current events in class",
    events: units.map((u) => ({
      id: u.meta.slug,
      date: "",
      category: "",
      title: u.meta.title,
      summary: u.meta.summary,
      sources: [],
    })),
  };
  const event = unit.events.find((e) => e.id === EVENT)!;
  pages[`${UNIT}--${EVENT}`] = { title: event.title, summary: unit.meta.title, events: [eventOf(unit, event)] };
  return pages;
}

function run(command: string[], cwd: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, command, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
}

async function startFloor(contentDir: string): Promise<{ url: string; stop(): void }> {
  const { units, problems } = loadContent(contentDir);
  if (problems.length) throw new Error(`content problems: ${JSON.stringify(problems)}`);
  const data = JSON.stringify(floorPages(units));
  const dataFile = path.join(FLOOR_DIR, "pages.json");
  const stamp = path.join(FLOOR_DIR, ".next", "pages.json");
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  // Build again only when the listed events changed.
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, "utf8") !== data) {
    fs.writeFileSync(dataFile, data);
    console.log("Building the floor app (bench/floor)…");
    const build = run([nextBin, "build"], FLOOR_DIR);
    let log = "";
    build.stdout?.on("data", (c: Buffer) => (log += c));
    build.stderr?.on("data", (c: Buffer) => (log += c));
    const code = await new Promise<number | null>((r) => build.on("exit", r));
    if (code !== 0) throw new Error(`the floor app did not build:\n${log}`);
    fs.writeFileSync(stamp, data);
  }
  const port = await freePort();
  const server = run([nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], FLOOR_DIR);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/${UNIT}`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 120) throw new Error("the floor app did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    stop: () => {
      try {
        process.kill(-server.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    },
  };
}

type Measure = {
  perf: number;
  a11y: number;
  lcp: number;
  tbt: number;
  cls: number;
  prefetches: number;
  script: number;
  failing: string[];
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main() {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-lighthouse-"));
  fs.cpSync(path.join(process.cwd(), "content"), contentDir, { recursive: true });
  writeBigUnit(contentDir);
  const server = await startServer({ contentDir });
  const floor = TARGETS.some((t) => t.floor) ? await startFloor(contentDir) : undefined;
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  const results = new Map<string, Measure[]>();
  const sizes = new Map<string, number>();

  if (SAVE_DIR) fs.mkdirSync(SAVE_DIR, { recursive: true });
  const measure = async (url: string, name: string, mode: Mode): Promise<Measure> => {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      throttlingMethod: mode,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (SAVE_DIR)
      fs.writeFileSync(path.join(SAVE_DIR, `${name.replace(/[^a-z0-9]+/gi, "_")}.json`), JSON.stringify(result.lhr));
    const { categories, audits } = result.lhr;
    const requests =
      (
        audits["network-requests"]?.details as
          { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined
      )?.items ?? [];
    return {
      perf: categories.performance?.score ?? NaN,
      a11y: categories.accessibility?.score ?? NaN,
      lcp: audits["largest-contentful-paint"]?.numericValue ?? NaN,
      tbt: audits["total-blocking-time"]?.numericValue ?? NaN,
      cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
      // Requests for React Server Component payloads: what <Link> prefetching fires.
      prefetches: requests.filter((r) => r.url.includes("_rsc=")).length,
      script: requests.filter((r) => r.resourceType === "Script").reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
      failing: Object.values(audits)
        .filter((a) => a.scoreDisplayMode === "binary" && a.score !== null && a.score < 1)
        .map((a) => a.id),
    };
  };

  try {
    for (const t of TARGETS) {
      // Warm-up: the first render of a route and the first read of its data are not what is measured.
      sizes.set(t.page, await gzippedDocument(server.url + t.page));
      if (t.floor && floor) {
        sizes.set(`floor:${t.floor}`, await gzippedDocument(floor.url + t.floor));
      }
    }
    const add = (key: string, m: Measure) => results.set(key, [...(results.get(key) ?? []), m]);
    console.log(`load average before: ${load()}`);
    for (let round = 1; round <= ROUNDS; round++) {
      for (const t of TARGETS) {
        for (const mode of MODES) {
          const pageResult = await measure(server.url + t.page, `${mode}${t.page}-r${round}`, mode);
          add(`${mode}:${t.page}`, pageResult);
          if (pageResult.failing.length) console.log(`${t.page}: failing audits: ${pageResult.failing.join(", ")}`);
          if (t.floor && floor)
            add(
              `${mode}:floor:${t.floor}`,
              await measure(floor.url + t.floor, `${mode}-floor${t.floor}-r${round}`, mode),
            );
        }
        console.log(`round ${round}: ${t.label} done (load average ${load()})`);
      }
    }
    console.log(`load average after: ${load()}`);
  } finally {
    chrome.kill();
    floor?.stop();
    await server.stop();
    fs.rmSync(contentDir, { recursive: true, force: true });
  }

  const fmt = (ms: Measure[], key: keyof Measure) => {
    const values = ms.map((m) => m[key] as number);
    if (key === "perf" || key === "a11y")
      return `${median(values).toFixed(2)} (${values.map((v) => v.toFixed(2)).join("/")})`;
    if (key === "lcp")
      return `${(median(values) / 1000).toFixed(2)} s (${values.map((v) => (v / 1000).toFixed(2)).join("/")})`;
    if (key === "cls") return median(values).toFixed(3);
    return `${Math.round(median(values))}${key === "tbt" ? " ms" : ""} (${values.map((v) => Math.round(v)).join("/")})`;
  };
  const kb = (bytes?: number) => (bytes === undefined ? "" : `${(bytes / 1024).toFixed(1)} kB`);
  const lines: string[] = [];
  for (const mode of MODES) {
    lines.push(
      "",
      `Lighthouse 12.2.3, mobile preset, ${mode === "simulate" ? "simulated throttling" : "applied throttling (--throttling-method=devtools)"}, ${new Date().toISOString().slice(0, 10)}, ${ROUNDS} rounds, medians (each round's value in brackets)`,
      "| page | performance | accessibility | LCP | total blocking time | CLS | RSC prefetches | scripts (transferred) | HTML gzip | LCP vs floor | TBT vs floor |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    );
    for (const t of TARGETS) {
      const page = results.get(`${mode}:${t.page}`) ?? [];
      const floorResults = t.floor ? results.get(`${mode}:floor:${t.floor}`) : undefined;
      const scripts = (ms: Measure[]) => kb(median(ms.map((m) => m.script)));
      const lcpRatio = floorResults
        ? median(page.map((m) => m.lcp)) / median(floorResults.map((m) => m.lcp))
        : undefined;
      const tbtDiff = floorResults
        ? median(page.map((m) => m.tbt)) - median(floorResults.map((m) => m.tbt))
        : undefined;
      lines.push(
        `| ${t.label} \`${t.page}\` | ${fmt(page, "perf")} | ${fmt(page, "a11y")} | ${fmt(page, "lcp")} | ${fmt(page, "tbt")} | ${fmt(page, "cls")} | ${fmt(page, "prefetches")} | ${scripts(page)} | ${kb(sizes.get(t.page))} | ${
          lcpRatio === undefined ? "" : `${lcpRatio.toFixed(2)}×`
        } | ${tbtDiff === undefined ? "" : `${tbtDiff >= 0 ? "+" : ""}${Math.round(tbtDiff)} ms`} |`,
      );
      if (floorResults && t.floor) {
        lines.push(
          `| floor for it \`${t.floor}\` | ${fmt(floorResults, "perf")} | ${fmt(floorResults, "a11y")} | ${fmt(floorResults, "lcp")} | ${fmt(floorResults, "tbt")} | ${fmt(floorResults, "cls")} | ${fmt(floorResults, "prefetches")} | ${scripts(floorResults)} | ${kb(sizes.get(`floor:${t.floor}`))} | | |`,
        );
      }
    }
  }
  console.log(lines.join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
