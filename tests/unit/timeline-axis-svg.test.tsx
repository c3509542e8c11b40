import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { loadUnitFromDir } from "@/lib/content/load";
import { contentUnit as getUnit } from "@/tests/support/content";
import { TimeAxis } from "@/components/timeline/time-axis";
import { writeBigUnit } from "@/tests/support/big-unit";
import { speech } from "@/tests/support/speech";

const svgOf = (html: string) => html.match(/<svg id="time-axis".*?<\/svg>/s)?.[0] ?? "";

describe("the time axis as drawn by the server", () => {
  it("draws the 1,000-event unit as one SVG of monthly bars under 50 kB", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "big-axis-"));
    try {
      const { unit } = loadUnitFromDir(writeBigUnit(dir));
      const html = renderToStaticMarkup(
        <TimeAxis {...speech()} events={unit!.events} eras={[]} hrefFor={(e) => `#${e.id}`} />,
      );
      expect(html.match(/<svg id="time-axis"/g)).toHaveLength(1);
      const svg = svgOf(html);
      expect(Buffer.byteLength(svg)).toBeLessThan(50_000);
      // One bar per month, each a link, and only the first in the Tab order.
      const links = svg.match(/<a /g) ?? [];
      expect(links.length).toBeGreaterThan(24);
      expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("draws the first unit with one marker per event, its eras and a legend", () => {
    const unit = getUnit("northern-kosovo-2023")!;
    const html = renderToStaticMarkup(
      <TimeAxis {...speech()} events={unit.events} eras={unit.eras} hrefFor={(e) => `#${e.id}`} />,
    );
    const svg = svgOf(html);
    expect(svg.match(/data-marker=""/g)).toHaveLength(unit.events.length);
    expect(svg).toContain(">The attack and its week<");
    expect(html).toContain('aria-label="Legend"');
    expect(Buffer.byteLength(svg)).toBeLessThan(20_000);
  });
});
