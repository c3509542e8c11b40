import type { TimelineEvent } from "@/lib/content/schema";
import { dayNumber, formatDayMonth, formatMonth, monthNumber } from "@/lib/timeline/dates";

// The overview draws the unit's main period on a proportional axis. Background reaching back years
// (1999, 2008) would squash a four-week crisis into one pixel, so events are split into clusters
// at long gaps; the cluster with the most events is drawn to scale and the others are listed
// before and after it.

/** A gap longer than this (in days) between two events separates clusters. */
export const CLUSTER_GAP_DAYS = 30;
/** A main period longer than this (in days) is drawn by month instead of by day. */
export const MAX_DAY_AXIS_DAYS = 120;

export type OverviewColumn = {
  /** YYYY-MM-DD on a day axis, YYYY-MM on a month axis. */
  key: string;
  label: string;
  /** Where the column sits on the axis, from 0 (start) to 1 (end). */
  position: number;
  events: TimelineEvent[];
};

export type OverviewAxis = {
  scale: "day" | "month";
  startLabel: string;
  endLabel: string;
  /** Days or months the axis spans, counting both ends. */
  slots: number;
  columns: OverviewColumn[];
  maxCount: number;
};

export type Overview = { before: TimelineEvent[]; axis: OverviewAxis | null; after: TimelineEvent[] };

export function clusters(events: readonly TimelineEvent[], gapDays = CLUSTER_GAP_DAYS): TimelineEvent[][] {
  const result: TimelineEvent[][] = [];
  let previousDay: number | undefined;
  for (const event of events) {
    const day = dayNumber(event.date);
    const current = result.at(-1);
    if (current && previousDay !== undefined && day - previousDay <= gapDays) current.push(event);
    else result.push([event]);
    previousDay = day;
  }
  return result;
}

function dayKey(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function monthKey(month: number): string {
  const year = 1970 + Math.floor(month / 12);
  return `${year}-${String((month % 12) + 1).padStart(2, "0")}`;
}

function buildAxis(events: TimelineEvent[]): OverviewAxis {
  const firstDay = dayNumber(events[0]!.date);
  const lastDay = dayNumber(events.at(-1)!.date);
  const byDay = lastDay - firstDay + 1 <= MAX_DAY_AXIS_DAYS;
  const slotOf = byDay ? (e: TimelineEvent) => dayNumber(e.date) : (e: TimelineEvent) => monthNumber(e.date);
  const first = slotOf(events[0]!);
  const slots = slotOf(events.at(-1)!) - first + 1;

  const columns = new Map<number, OverviewColumn>();
  for (const event of events) {
    const slot = slotOf(event);
    let column = columns.get(slot);
    if (!column) {
      const key = byDay ? dayKey(slot) : monthKey(slot);
      column = {
        key,
        label: byDay ? formatDayMonth(key) : formatMonth(key),
        position: slots === 1 ? 0 : (slot - first) / (slots - 1),
        events: [],
      };
      columns.set(slot, column);
    }
    column.events.push(event);
  }
  const list = [...columns.values()];
  return {
    scale: byDay ? "day" : "month",
    startLabel: byDay ? formatDayMonth(dayKey(first)) : formatMonth(monthKey(first)),
    endLabel: byDay ? formatDayMonth(dayKey(first + slots - 1)) : formatMonth(monthKey(first + slots - 1)),
    slots,
    columns: list,
    maxCount: Math.max(...list.map((c) => c.events.length)),
  };
}

export function buildOverview(events: readonly TimelineEvent[]): Overview {
  const groups = clusters(events);
  if (groups.length === 0) return { before: [], axis: null, after: [] };
  let mainIndex = 0;
  groups.forEach((group, i) => {
    if (group.length > groups[mainIndex]!.length) mainIndex = i;
  });
  return {
    before: groups.slice(0, mainIndex).flat(),
    axis: buildAxis(groups[mainIndex]!),
    after: groups.slice(mainIndex + 1).flat(),
  };
}
