import type { Category, Era, TimelineEvent } from "@/lib/content/schema";
import { formatCount } from "@/lib/i18n/counts";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { dayNumber, formatDayMonth, formatMonth, formatShortDate } from "@/lib/timeline/dates";

// The time axis, computed as plain numbers so that the server can draw it as SVG and tests can
// check it. Years of background before a four-week crisis would squash the crisis into a pixel, so
// the axis breaks its scale at long gaps: each stretch of events (a segment) is drawn to scale,
// and the gaps between segments are drawn as breaks of a fixed width that say how long they are.

export type AxisOptions = {
  /** Width of the drawing, in SVG units. */
  width: number;
  /** Space kept free at each end, so the first and last markers are never cut. */
  padding: number;
  /** Width of a break in scale. */
  breakWidth: number;
  /** Width a segment takes even when all its events fall on one day. */
  minSegmentWidth: number;
  /** A gap longer than this many days between two events breaks the scale. */
  gapDays: number;
  /** The language of the date labels and break labels; English by default. */
  locale?: Locale;
};

export const DEFAULT_AXIS: AxisOptions = { width: 720, padding: 16, breakWidth: 24, minSegmentWidth: 24, gapDays: 30 };

type Segment = { startDay: number; endDay: number; x0: number; x1: number };
type ScaleBreak = { x0: number; x1: number; days: number; label: string };

export type Scale = {
  segments: Segment[];
  breaks: ScaleBreak[];
  /** Where a day falls on the axis; a day inside a break falls in the middle of the break. */
  x(day: number): number;
};

/** Stretches of consecutive days (sorted) with no gap longer than `gapDays`. */
export function segmentDays(days: readonly number[], gapDays: number): { startDay: number; endDay: number }[] {
  const sorted = [...days].sort((a, b) => a - b);
  const result: { startDay: number; endDay: number }[] = [];
  for (const day of sorted) {
    const last = result.at(-1);
    if (last && day - last.endDay <= gapDays) last.endDay = day;
    else result.push({ startDay: day, endDay: day });
  }
  return result;
}

/** "9 years", "5 months", "36 days": how long a break in scale lasts. */
export function gapLabel(days: number, locale: Locale = defaultLocale): string {
  if (days >= 365 * 1.5) return formatCount(Math.round(days / 365.25), "year", locale);
  if (days >= 60) return formatCount(Math.round(days / 30.44), "month", locale);
  return formatCount(days, "day", locale);
}

/** Positions to a tenth of a unit: finer is invisible, and every digit is drawn into the page's HTML. */
const tenth = (x: number) => Math.round(x * 10) / 10;

export function buildScale(days: readonly number[], options: AxisOptions = DEFAULT_AXIS): Scale {
  const spans = segmentDays(days, options.gapDays);
  const breakCount = Math.max(0, spans.length - 1);
  const usable = options.width - 2 * options.padding - breakCount * options.breakWidth;
  const free = Math.max(0, usable - spans.length * options.minSegmentWidth);
  // The width left over goes to the segments that last more than a day, in proportion to how many
  // events they hold: a busy fortnight is drawn wide, two background events a fortnight apart are not.
  const eventsIn = spans.map((s) => days.filter((d) => d >= s.startDay && d <= s.endDay).length);
  const weight = spans.map((s, i) => (s.endDay > s.startDay ? eventsIn[i]! : 0));
  const totalWeight = weight.reduce((a, b) => a + b, 0);
  const extraOf = (i: number) =>
    totalWeight > 0 ? (free * weight[i]!) / totalWeight : free / Math.max(1, spans.length);

  const segments: Segment[] = [];
  const breaks: ScaleBreak[] = [];
  let x = options.padding;
  spans.forEach((span, i) => {
    const width = tenth(options.minSegmentWidth + extraOf(i));
    segments.push({ ...span, x0: x, x1: tenth(x + width) });
    x = tenth(x + width);
    const next = spans[i + 1];
    if (next) {
      const gap = next.startDay - span.endDay;
      breaks.push({ x0: x, x1: tenth(x + options.breakWidth), days: gap, label: gapLabel(gap, options.locale) });
      x = tenth(x + options.breakWidth);
    }
  });

  const position = (day: number): number => {
    if (segments.length === 0) return options.width / 2;
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i]!;
      if (day < s.startDay) {
        const before = breaks[i - 1];
        return before ? tenth((before.x0 + before.x1) / 2) : s.x0;
      }
      if (day <= s.endDay) {
        const inset = options.minSegmentWidth / 2;
        if (s.endDay === s.startDay) return tenth((s.x0 + s.x1) / 2);
        return tenth(s.x0 + inset + ((day - s.startDay) / (s.endDay - s.startDay)) * (s.x1 - s.x0 - 2 * inset));
      }
    }
    return segments.at(-1)!.x1;
  };
  return { segments, breaks, x: position };
}

// ---- labels ----

export type LabelCandidate = { x: number; text: string; priority: number };
export type PlacedLabel = { x: number; text: string; width: number };

/** Estimated width of a label in SVG units at the axis's 12-unit font (system-ui averages about 0.56 em). */
export function labelWidth(text: string, fontSize = 12): number {
  return Math.ceil(text.length * fontSize * 0.56) + 2;
}

/**
 * Places labels centred on their x, most important first, skipping any that would overlap one
 * already placed; a label near an end is pushed inwards so that it is never cut off.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  width: number,
  gap = 8,
  fontSize = 12,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const order = [...candidates].sort((a, b) => a.priority - b.priority || a.x - b.x);
  for (const candidate of order) {
    const w = labelWidth(candidate.text, fontSize);
    if (w > width) continue;
    const x = Math.min(Math.max(candidate.x, w / 2), width - w / 2);
    const clash = placed.some((p) => Math.abs(p.x - x) < (p.width + w) / 2 + gap);
    if (!clash) placed.push({ x, text: candidate.text, width: w });
  }
  return placed.sort((a, b) => a.x - b.x);
}

// ---- the axis ----

/** Above this many events the axis draws one bar per month instead of one marker per event. */
const MAX_MARKERS = 150;
const MARKER_SPACING = 13;

type AxisMarker = {
  event: Pick<TimelineEvent, "id" | "title" | "category" | "date" | "precision">;
  x: number;
  /** 0 for the marker on the axis line, 1 for the one stacked above it, ... */
  level: number;
  dateLabel: string;
};

type AxisBin = {
  key: string;
  label: string;
  x: number;
  count: number;
  firstEventId: string;
  categories: Partial<Record<Category, number>>;
};

type AxisBand = { id: string; title: string; x0: number; x1: number; shade: number };

export type Axis = {
  width: number;
  scale: Scale;
  markers: AxisMarker[];
  bins: AxisBin[];
  bands: AxisBand[];
  dateLabels: PlacedLabel[];
  bandLabels: (PlacedLabel & { y: number })[];
  breakLabels: PlacedLabel[];
  maxLevel: number;
  maxBinCount: number;
  startLabel: string;
  endLabel: string;
};

type AxisEvent = Pick<TimelineEvent, "id" | "title" | "category" | "date" | "precision">;

/** The last day a date written to the day, month or year covers. */
export function lastDayOf(date: string): number {
  if (date.length === 4) return dayNumber(`${Number(date) + 1}-01-01`) - 1;
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number);
    const next = m === 12 ? `${(y ?? 0) + 1}-01` : `${y}-${String((m ?? 0) + 1).padStart(2, "0")}`;
    return dayNumber(`${next}-01`) - 1;
  }
  return dayNumber(date);
}

function dayKey(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function buildAxis(
  events: readonly AxisEvent[],
  eras: readonly Era[] = [],
  options: AxisOptions = DEFAULT_AXIS,
): Axis {
  const locale = options.locale ?? defaultLocale;
  const days = events.map((e) => dayNumber(e.date));
  const scale = buildScale(days, options);
  const markers: AxisMarker[] = [];
  const bins: AxisBin[] = [];
  const dateCandidates: LabelCandidate[] = [];

  if (events.length <= MAX_MARKERS) {
    // Markers closer than their own size stack upwards, in date order, so none hides another.
    let columnX = -Infinity;
    let level = 0;
    events.forEach((event, i) => {
      const x = scale.x(days[i]!);
      if (x - columnX < MARKER_SPACING) level += 1;
      else {
        columnX = x;
        level = 0;
      }
      markers.push({ event, x: columnX, level, dateLabel: formatShortDate(event, locale) });
    });
  } else {
    const byMonth = new Map<string, AxisBin>();
    for (const event of events) {
      const key = event.date.slice(0, 7);
      let bin = byMonth.get(key);
      if (!bin) {
        bin = {
          key,
          label: formatMonth(`${key}-01`, locale),
          x: scale.x(dayNumber(`${key}-15`)),
          count: 0,
          firstEventId: event.id,
          categories: {},
        };
        byMonth.set(key, bin);
      }
      bin.count += 1;
      bin.categories[event.category] = (bin.categories[event.category] ?? 0) + 1;
    }
    bins.push(...byMonth.values());
  }

  // Date labels: the first and last dates, then the ends of each segment, then ticks inside long
  // segments. A segment's end within the year of its start leaves the year out.
  scale.segments.forEach((s, i) => {
    // The first and last dates, and the start of the longest stretch, are labelled before the rest.
    const longest = scale.segments.reduce(
      (best, x) => (x.x1 - x.x0 > best.x1 - best.x0 ? x : best),
      scale.segments[0]!,
    );
    const outer = (day: number) =>
      (i === 0 && day === s.startDay) ||
      (i === scale.segments.length - 1 && day === s.endDay) ||
      (s === longest && day === s.startDay);
    const startEvent = events.find((e) => dayNumber(e.date) === s.startDay);
    dateCandidates.push({
      x: scale.x(s.startDay),
      text: startEvent ? formatShortDate(startEvent, locale) : formatDayMonth(dayKey(s.startDay), locale),
      priority: outer(s.startDay) ? 0 : 1,
    });
    if (s.endDay !== s.startDay) {
      const endEvent = events.find((e) => dayNumber(e.date) === s.endDay);
      const sameYear = dayKey(s.endDay).slice(0, 4) === dayKey(s.startDay).slice(0, 4);
      const text = endEvent && !sameYear ? formatShortDate(endEvent, locale) : formatDayMonth(dayKey(s.endDay), locale);
      dateCandidates.push({ x: scale.x(s.endDay), text, priority: outer(s.endDay) ? 0 : 1 });
    }
    const span = s.endDay - s.startDay;
    const step = span > 400 ? 91 : span > 120 ? 30 : 7;
    for (let day = s.startDay + step; day < s.endDay; day += step) {
      const text = step >= 30 ? formatMonth(dayKey(day), locale) : formatDayMonth(dayKey(day), locale);
      dateCandidates.push({ x: scale.x(day), text, priority: 2 });
    }
  });

  const bands: AxisBand[] = eras.map((era, i) => {
    const from = scale.x(dayNumber(era.from));
    const to = scale.x(lastDayOf(era.to));
    const x0 = Math.max(0, from - (era.from.length === 10 ? MARKER_SPACING / 2 : 0));
    const x1 = Math.min(options.width, to + MARKER_SPACING / 2);
    return { id: era.id, title: era.title, x0: tenth(x0), x1: tenth(Math.max(x1, x0 + 1)), shade: i % 2 };
  });
  // Each band's title sits in its own band where it fits, else on a second row, never off the drawing.
  const bandLabels: (PlacedLabel & { y: number })[] = [];
  const rows: PlacedLabel[][] = [[], []];
  for (const band of bands) {
    const w = labelWidth(band.title);
    const centre = tenth(Math.min(Math.max((band.x0 + band.x1) / 2, w / 2), options.width - w / 2));
    const row = rows.findIndex((r) => r.every((p) => Math.abs(p.x - centre) >= (p.width + w) / 2 + 8));
    if (row >= 0) {
      const label = { x: centre, text: band.title, width: w };
      rows[row]!.push(label);
      bandLabels.push({ ...label, y: row });
    }
  }

  const first = events[0];
  const last = events.at(-1);
  return {
    width: options.width,
    scale,
    markers,
    bins,
    bands,
    dateLabels: placeLabels(dateCandidates, options.width),
    bandLabels,
    breakLabels: placeLabels(
      scale.breaks.map((b) => ({ x: tenth((b.x0 + b.x1) / 2), text: b.label, priority: 0 })),
      options.width,
      4,
      11,
    ),
    maxLevel: markers.reduce((max, m) => Math.max(max, m.level), 0),
    maxBinCount: bins.reduce((max, b) => Math.max(max, b.count), 0),
    startLabel: first ? formatShortDate(first, locale) : "",
    endLabel: last ? formatShortDate(last, locale) : "",
  };
}
