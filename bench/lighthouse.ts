// `npm run bench:lighthouse`: Lighthouse 12 (mobile preset, simulated throttling) with Debian's
// Chromium on `/`, the first unit's timeline, its quiz page and the generated 1,000-event unit,
// against a production build.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/tests/support/chromium";
import { BIG_UNIT_SLUG, writeBigUnit } from "@/tests/support/big-unit";
import { startServer } from "@/tests/support/server";

const PAGES = process.argv.slice(2).filter((a) => a.startsWith("/")).length
  ? process.argv.slice(2).filter((a) => a.startsWith("/"))
  : ["/", "/units/northern-kosovo-2023", "/units/northern-kosovo-2023/quiz", `/units/${BIG_UNIT_SLUG}`];

async function main() {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-lighthouse-"));
  fs.cpSync(path.join(process.cwd(), "content"), contentDir, { recursive: true });
  writeBigUnit(contentDir);
  const server = await startServer({ contentDir });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  const rows: string[][] = [];
  try {
    for (const page of PAGES) {
      // One warm-up request so the figure is not the first compile of a route.
      await fetch(server.url + page);
      const result = await lighthouse(server.url + page, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      const { categories, audits } = result.lhr;
      const score = (k: string) => (categories[k]?.score ?? NaN).toFixed(2);
      rows.push([
        page,
        score("performance"),
        score("accessibility"),
        score("best-practices"),
        score("seo"),
        `${((audits["largest-contentful-paint"]?.numericValue ?? NaN) / 1000).toFixed(2)} s`,
        `${Math.round(audits["total-blocking-time"]?.numericValue ?? NaN)} ms`,
        `${((audits["cumulative-layout-shift"]?.numericValue ?? NaN)).toFixed(3)}`,
      ]);
      const failing = Object.values(audits).filter((a) => a.scoreDisplayMode === "binary" && a.score !== null && a.score < 1);
      if (failing.length) console.log(`${page}: failing audits: ${failing.map((a) => a.id).join(", ")}`);
    }
  } finally {
    chrome.kill();
    await server.stop();
    fs.rmSync(contentDir, { recursive: true, force: true });
  }
  const header = ["page", "perf", "a11y", "best-pr.", "seo", "LCP", "TBT", "CLS"];
  console.log(`\nLighthouse 12.2.3, mobile preset, ${new Date().toISOString().slice(0, 10)}`);
  console.log([header, ...rows].map((r) => r.map((c, i) => c.padEnd(i === 0 ? 34 : 9)).join(" ")).join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
