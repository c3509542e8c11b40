import type { TimelineEvent } from "@/lib/content/schema";
import { buildAxis, buildScale, gapLabel, labelWidth, lastDayOf, placeLabels, segmentDays } from "@/lib/timeline/axis";
import { dayNumber } from "@/lib/timeline/dates";
import { glossaryEntries, markTerms } from "@/lib/timeline/glossary";

type AxisEvent = Pick<TimelineEvent, "id" | "title" | "category" | "date" | "precision">;
const ev = (id: string, date: string, category: TimelineEvent["category"] = "statement"): AxisEvent => ({
  id,
  title: id,
  category,
  date,
  precision: date.length === 4 ? "year" : date.length === 7 ? "month" : "day",
});

const kosovo = [
  ev("res-1244", "1999-06-10", "background"),
  ev("eulex", "2008-02-04", "background"),
  ev("independence", "2008-02-17", "background"),
  ev("resign", "2022-11", "background"),
  ev("zvecan", "2023-05-29", "background"),
  ev("ambush", "2023-09-24", "clash"),
  ev("siege", "2023-09-24", "clash"),
  ev("nac", "2023-09-28", "military"),
  ev("nato-1", "2023-09-29"),
  ev("nato-2", "2023-09-29"),
  ev("nato-3", "2023-09-29"),
  ev("ep", "2023-10-19", "diplomacy"),
  ev("indictment", "2024-09-11", "investigation"),
];
const options = { width: 720, padding: 16, breakWidth: 24, minSegmentWidth: 24, gapDays: 30 };

describe("scale with breaks", () => {
  it("splits the days at gaps longer than the threshold", () => {
    const segments = segmentDays(
      kosovo.map((e) => dayNumber(e.date)),
      30,
    );
    expect(segments).toHaveLength(6);
    expect(segments[1]!.endDay - segments[1]!.startDay).toBe(13);
  });

  it("fills the width exactly, in date order, and gives the long segment the room", () => {
    const scale = buildScale(
      kosovo.map((e) => dayNumber(e.date)),
      options,
    );
    expect(scale.breaks).toHaveLength(5);
    expect(scale.segments[0]!.x0).toBe(16);
    expect(scale.segments.at(-1)!.x1).toBeCloseTo(704, 6);
    const xs = kosovo.map((e) => scale.x(dayNumber(e.date)));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const crisis = scale.segments.find((s) => s.endDay - s.startDay === 25)!;
    const fortnight = scale.segments.find((s) => s.endDay - s.startDay === 13)!;
    // Width goes by events held, not by days spanned: 7 events against 2.
    expect(crisis.x1 - crisis.x0).toBeGreaterThan(2.5 * (fortnight.x1 - fortnight.x0));
    // A day in a gap falls in the middle of its break.
    const gapDay = dayNumber("2015-01-01");
    const br = scale.breaks[1]!;
    expect(scale.x(gapDay)).toBe((br.x0 + br.x1) / 2);
  });

  it("says how long each break is", () => {
    expect(gapLabel(3165)).toBe("9 years");
    expect(gapLabel(120)).toBe("4 months");
    expect(gapLabel(36)).toBe("36 days");
    const scale = buildScale(
      kosovo.map((e) => dayNumber(e.date)),
      options,
    );
    expect(scale.breaks.map((b) => b.label)).toEqual(["9 years", "15 years", "7 months", "4 months", "11 months"]);
  });

  it("handles one day and no days", () => {
    expect(buildScale([dayNumber("2023-01-01")], options).x(dayNumber("2023-01-01"))).toBe(360);
    expect(buildScale([], options).segments).toEqual([]);
  });
});

describe("label placement", () => {
  it("never lets a label run off either end and never overlaps two", () => {
    const placed = placeLabels(
      [
        { x: 0, text: "10 Jun 1999", priority: 0 },
        { x: 718, text: "11 Sept 2024", priority: 0 },
        { x: 20, text: "4 Feb 2008", priority: 1 },
        { x: 400, text: "24 Sept", priority: 0 },
        { x: 410, text: "25 Sept", priority: 1 },
      ],
      720,
    );
    expect(placed.map((p) => p.text)).toEqual(["10 Jun 1999", "24 Sept", "11 Sept 2024"]);
    for (const p of placed) {
      expect(p.x - p.width / 2).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width / 2).toBeLessThanOrEqual(720);
    }
    for (let i = 1; i < placed.length; i++) {
      expect(placed[i]!.x - placed[i]!.width / 2).toBeGreaterThan(placed[i - 1]!.x + placed[i - 1]!.width / 2);
    }
  });

  it("estimates widths from the text length", () => {
    expect(labelWidth("24 Sept")).toBeGreaterThan(labelWidth("1999"));
  });
});

describe("the axis", () => {
  const eras = [
    { id: "background", title: "Background, 1999–2023", from: "1999", to: "2023-09-23" },
    { id: "attack-week", title: "The attack and its week", from: "2023-09-24", to: "2023-09-30" },
    { id: "aftermath", title: "The aftermath", from: "2023-10-01", to: "2024-12" },
  ];

  it("stacks events of the same day and keeps every marker inside the drawing", () => {
    const axis = buildAxis(kosovo, eras, options);
    expect(axis.markers).toHaveLength(kosovo.length);
    const levels = axis.markers.filter((m) => m.event.date === "2023-09-29").map((m) => m.level);
    expect(levels.slice(1)).toEqual([levels[0]! + 1, levels[0]! + 2]);
    expect(new Set(axis.markers.filter((m) => m.event.date === "2023-09-29").map((m) => m.x)).size).toBe(1);
    for (const m of axis.markers) {
      expect(m.x).toBeGreaterThanOrEqual(16);
      expect(m.x).toBeLessThanOrEqual(704);
    }
  });

  it("draws eras as bands in order, each label inside the drawing", () => {
    const axis = buildAxis(kosovo, eras, options);
    expect(axis.bands.map((b) => b.id)).toEqual(["background", "attack-week", "aftermath"]);
    expect(axis.bands[0]!.x1).toBeLessThanOrEqual(axis.bands[1]!.x0 + 1);
    expect(axis.bandLabels).toHaveLength(3);
    for (const l of [...axis.bandLabels, ...axis.dateLabels, ...axis.breakLabels]) {
      expect(l.x - l.width / 2).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width / 2).toBeLessThanOrEqual(720);
    }
    expect(axis.dateLabels[0]!.text).toBe("10 Jun 1999");
    expect(axis.dateLabels.at(-1)!.text).toBe("11 Sept 2024");
  });

  it("knows the last day of a year, a month and a day", () => {
    expect(lastDayOf("2023")).toBe(dayNumber("2023-12-31"));
    expect(lastDayOf("2024-02")).toBe(dayNumber("2024-02-29"));
    expect(lastDayOf("2023-12")).toBe(dayNumber("2023-12-31"));
    expect(lastDayOf("2023-09-23")).toBe(dayNumber("2023-09-23"));
  });
});

describe("glossary terms in text", () => {
  const entries = glossaryEntries([
    { term: "KFOR", definition: "Kosovo Force", aliases: ["Kosovo Force"] },
    { term: "NATO", definition: "the alliance", aliases: [] },
    { term: "Border / administrative line", definition: "the boundary", aliases: ["administrative line"] },
  ]);

  it("marks each term once, whole words only, longest name first", () => {
    const pieces = markTerms(
      "NATO asks KFOR, the Kosovo Force, to patrol the administrative line. NATOS and KFOR again.",
      entries,
    );
    const marked = pieces
      .filter((p) => typeof p !== "string")
      .map((p) => (typeof p === "string" ? p : `${p.text}→${p.entry.id}`));
    expect(marked).toEqual([
      "NATO→glossary-nato",
      "KFOR→glossary-kfor",
      "administrative line→glossary-border-administrative-line",
    ]);
    expect(pieces.map((p) => (typeof p === "string" ? p : p.text)).join("")).toBe(
      "NATO asks KFOR, the Kosovo Force, to patrol the administrative line. NATOS and KFOR again.",
    );
  });

  it("leaves text without terms alone", () => {
    expect(markTerms("Nothing here.", entries)).toEqual(["Nothing here."]);
  });
});
