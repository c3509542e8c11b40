// `npm run bench:lighthouse`: Lighthouse 12 (mobile preset, simulated throttling) with Debian's
// Chromium on `/`, the first unit's timeline and its quiz page, against a production build.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/tests/chromium";
import { startServer } from "./server";

const PAGES = ["/", "/units/northern-kosovo-2023", "/units/northern-kosovo-2023/quiz"];

async function main() {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const server = await startServer();
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
      const failing = Object.values(audits).filter(
        (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary" && !["manual", "notApplicable", "informative"].includes(a.scoreDisplayMode),
      );
      if (failing.length) console.log(`${page}: failing audits: ${failing.map((a) => a.id).join(", ")}`);
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  const header = ["page", "perf", "a11y", "best-pr.", "seo", "LCP", "TBT", "CLS"];
  console.log(`\nLighthouse ${"12.2.3"} mobile, ${new Date().toISOString().slice(0, 10)}`);
  console.log([header, ...rows].map((r) => r.map((c, i) => c.padEnd(i === 0 ? 34 : 9)).join(" ")).join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
