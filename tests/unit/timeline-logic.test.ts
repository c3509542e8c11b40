import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadUnitFromDir } from "@/lib/content/load";
import type { TimelineEvent } from "@/lib/content/schema";
import { dateTimeAttribute, formatDateHeading, formatEventDate } from "@/lib/timeline/dates";
import { groupByDate } from "@/lib/timeline/grouping";
import {
  applyFilters,
  pageOfEvent,
  pageRanges,
  paginate,
  parseTimelineQuery,
  timelineHref,
} from "@/lib/timeline/filters";
import { buildAxis } from "@/lib/timeline/axis";
import { writeBigUnit } from "@/tests/support/big-unit";

function event(id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  const precision = date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
  return {
    id,
    date,
    precision,
    timeApproximate: false,
    title: id,
    summary: `${id} happened`,
    category: "statement",
    actors: [],
    sourceIds: ["s"],
    claims: [],
    ...extra,
  };
}

describe("dates", () => {
  it("formats each precision without shifting the day", () => {
    expect(formatDateHeading(event("a", "2023-09-24"))).toBe("Sunday, 24 September 2023");
    expect(formatEventDate(event("a", "2023-09-24"))).toBe("24 September 2023");
    expect(formatDateHeading(event("b", "2022-11"))).toBe("November 2022");
    expect(formatDateHeading(event("c", "1999"))).toBe("1999");
  });

  it("gives <time> a machine-readable value, with the time when known", () => {
    expect(dateTimeAttribute(event("a", "2023-09-24", { time: "02:45" }))).toBe("2023-09-24T02:45");
    expect(dateTimeAttribute(event("b", "2022-11"))).toBe("2022-11");
  });
});

describe("groupByDate", () => {
  it("groups consecutive events of the same written date, keeping their order", () => {
    const groups = groupByDate([
      event("a", "2022-11"),
      event("b", "2022-11-05"),
      event("c", "2023-09-24"),
      event("d", "2023-09-24"),
      event("e", "2023-09-25"),
    ]);
    expect(groups.map((g) => [g.date, g.events.map((e) => e.id)])).toEqual([
      ["2022-11", ["a"]],
      ["2022-11-05", ["b"]],
      ["2023-09-24", ["c", "d"]],
      ["2023-09-25", ["e"]],
    ]);
    expect(groups[2]?.heading).toBe("Sunday, 24 September 2023");
  });

  it("gives no groups for no events", () => {
    expect(groupByDate([])).toEqual([]);
  });
});

describe("filters", () => {
  const actors = new Set(["nato", "kfor"]);

  it("reads a valid category, actor and page", () => {
    expect(parseTimelineQuery({ category: "diplomacy", actor: "nato", page: "2" }, actors)).toEqual({
      category: "diplomacy",
      actor: "nato",
      page: 2,
      problems: [],
    });
  });

  it("reports and ignores values that do not fit, instead of failing", () => {
    const query = parseTimelineQuery({ category: "sports", actor: "someone-else", page: "0" }, actors);
    expect(query.category).toBeUndefined();
    expect(query.actor).toBeUndefined();
    expect(query.page).toBe(1);
    expect(query.problems).toEqual([
      { reason: "category", value: "sports" },
      { reason: "actor", value: "someone-else" },
      { reason: "page", value: "0" },
    ]);
    expect(parseTimelineQuery({ category: ["clash", "military"] }, actors).problems[0]).toEqual({
      reason: "repeated",
      name: "category",
    });
    expect(parseTimelineQuery({ category: "" }, actors)).toEqual({ page: 1, problems: [] });
  });

  it("combines category and actor", () => {
    const events = [
      event("a", "2023-01-01", { category: "diplomacy", actors: ["nato"] }),
      event("b", "2023-01-02", { category: "diplomacy", actors: ["kfor"] }),
      event("c", "2023-01-03", { category: "military", actors: ["nato"] }),
    ];
    expect(applyFilters(events, { category: "diplomacy" }).map((e) => e.id)).toEqual(["a", "b"]);
    expect(applyFilters(events, { actor: "nato" }).map((e) => e.id)).toEqual(["a", "c"]);
    expect(applyFilters(events, { category: "diplomacy", actor: "nato" }).map((e) => e.id)).toEqual(["a"]);
    expect(applyFilters(events, {})).toHaveLength(3);
  });

  it("builds one address per view, leaving out page 1", () => {
    expect(timelineHref("u", {})).toBe("/units/u");
    expect(timelineHref("u", { category: "clash", actor: "nato", page: 1 })).toBe("/units/u?category=clash&actor=nato");
    expect(timelineHref("u", { page: 3 }, "event-x")).toBe("/units/u?page=3#event-x");
  });
});

describe("pagination", () => {
  const events = Array.from({ length: 250 }, (_, i) =>
    event(`e${i}`, `2020-01-${String((i % 28) + 1).padStart(2, "0")}`),
  );

  it("splits into pages and finds the page of an event", () => {
    const second = paginate(events, 2);
    expect(second).toMatchObject({ page: 2, pageCount: 3 });
    expect(second.events[0]?.id).toBe("e100");
    expect(paginate(events, 3).events).toHaveLength(50);
    expect(pageOfEvent(events, "e0")).toBe(1);
    expect(pageOfEvent(events, "e99")).toBe(1);
    expect(pageOfEvent(events, "e100")).toBe(2);
    expect(pageOfEvent(events, "e249")).toBe(3);
    expect(pageRanges(events).map((r) => [r.first.id, r.last.id])).toEqual([
      ["e0", "e99"],
      ["e100", "e199"],
      ["e200", "e249"],
    ]);
  });

  it("shows the last page, with a message, for a page past the end", () => {
    const result = paginate(events, 9);
    expect(result.page).toBe(3);
    expect(result.problem).toEqual({ reason: "pastEnd", page: 9, last: 3 });
    expect(paginate([], 1)).toMatchObject({ page: 1, pageCount: 1, events: [] });
  });
});

describe("the generated 1,000-event unit", () => {
  it("is valid content, split into 10 pages and drawn as monthly bars", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "big-unit-"));
    try {
      const { unit, problems } = loadUnitFromDir(writeBigUnit(dir));
      expect(problems).toEqual([]);
      expect(unit?.events).toHaveLength(1000);
      const events = unit!.events;
      expect(paginate(events, 1).pageCount).toBe(10);
      expect(pageOfEvent(events, "event-1000")).toBe(10);
      const axis = buildAxis(events);
      expect(axis.markers).toEqual([]);
      expect(axis.bins.reduce((sum, b) => sum + b.count, 0)).toBe(1000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
