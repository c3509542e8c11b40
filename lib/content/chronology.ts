import type { Question, TimelineEvent } from "@/lib/content/schema";
import { markedlyLonger } from "@/lib/content/item-quality";
import { formatCount, type TimeUnit } from "@/lib/i18n/counts";
import { formatCalendarDay } from "@/lib/i18n/dates";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

// Chronology questions generated from a unit's timeline: "which happened first", "put these in
// order" and "how long after". They are built from the events alone, so every unit has them,
// including a unit with no question written by hand.
//
// Ids are derived from the ids of the events a question uses (never from positions or dates), so
// the same events give the same question id on every load: answers, review cards and teacher
// reports stay attached when the content is reloaded or a date is corrected.

/** Bump when the generator's output changes, so that unchanged content files are loaded again. */
export const CHRONOLOGY_VERSION = "1";

export const GENERATED_ID_PREFIX = "timeline-";

export type Difficulty = "easy" | "medium" | "hard";

const DAY_MS = 86_400_000;

type Dated = { event: TimelineEvent; day: number; rank: number };

/** FNV-1a: a small stable hash, the same in every runtime, for ids and a fixed shuffle. */
function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const hex = (text: string) => fnv(text).toString(16).padStart(8, "0");

function idFor(kind: string, eventIds: readonly string[]): string {
  return `${GENERATED_ID_PREFIX}${kind}-${hex([...eventIds].sort().join("|"))}`;
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** "2023-09-24" -> "24 September 2023" / "24 shtator 2023" / "24. septembar 2023.". */
export function formatDay(date: string, locale: Locale = defaultLocale): string {
  return formatCalendarDay(date, locale);
}

/** Closer dates are harder to tell apart. */
export function difficultyOf(gapDays: number): Difficulty {
  if (gapDays <= 3) return "hard";
  if (gapDays <= 31) return "medium";
  return "easy";
}

/**
 * The words of generated questions in each interface language. Titles are quoted with the
 * language's own marks; dates come from Intl (lib/i18n/dates.ts).
 */
type Templates = {
  quote: (text: string) => string;
  /** A count with its unit, in the plural form the number needs. */
  count: (n: number, unit: TimeUnit) => string;
  about: (count: string) => string;
  firstPrompt: (a: string, b: string) => string;
  firstExplanation: (earlier: string, earlierDate: string, later: string, laterDate: string, gap: string) => string;
  orderPrompt: (quotedTitles: string) => string;
  orderExplanation: (steps: string) => string;
  gapPrompt: (earlier: string, later: string) => string;
  gapExplanation: (earlier: string, earlierDate: string, later: string, laterDate: string, gap: string) => string;
};

const templates: Record<Locale, Templates> = {
  en: {
    quote: (text) => `"${text}"`,
    count: (n, unit) => formatCount(n, unit, "en"),
    about: (count) => `about ${count}`,
    firstPrompt: (a, b) => `Which happened first: ${a} or ${b}?`,
    firstExplanation: (e, ed, l, ld, gap) => `${e} happened first, on ${ed}. ${l} followed on ${ld}, ${gap} later.`,
    orderPrompt: (titles) => `Put these events in the order in which they happened, earliest first: ${titles}.`,
    orderExplanation: (steps) => `In order: ${steps}.`,
    gapPrompt: (e, l) => `How long after ${e} did this happen: ${l}?`,
    gapExplanation: (e, ed, l, ld, gap) => `${e} was on ${ed} and ${l} on ${ld}: ${gap} later`,
  },
  sq: {
    quote: (text) => `„${text}“`,
    count: (n, unit) => formatCount(n, unit, "sq"),
    about: (count) => `rreth ${count}`,
    firstPrompt: (a, b) => `Cila ndodhi e para: ${a} apo ${b}?`,
    firstExplanation: (e, ed, l, ld, gap) => `Më parë ndodhi ${e}, më ${ed}. Më pas ${l}, më ${ld}, ${gap} më vonë.`,
    orderPrompt: (titles) => `Renditini këto ngjarje sipas radhës kur ndodhën, nga më e hershmja: ${titles}.`,
    orderExplanation: (steps) => `Sipas radhës: ${steps}.`,
    gapPrompt: (e, l) => `Sa kohë pas ${e} ndodhi kjo: ${l}?`,
    gapExplanation: (e, ed, l, ld, gap) => `${e} ndodhi më ${ed} dhe ${l} më ${ld}: ${gap} më vonë`,
  },
  "sr-Latn": {
    quote: (text) => `„${text}“`,
    count: (n, unit) => formatCount(n, unit, "sr-Latn"),
    about: (count) => `približno ${count}`,
    firstPrompt: (a, b) => `Šta se dogodilo prvo: ${a} ili ${b}?`,
    firstExplanation: (e, ed, l, ld, gap) => `Prvo: ${e} (${ed}). Zatim: ${l} (${ld}), ${gap} kasnije.`,
    orderPrompt: (titles) => `Poređajte ove događaje redom kojim su se dogodili, od najranijeg: ${titles}.`,
    orderExplanation: (steps) => `Redom: ${steps}.`,
    gapPrompt: (e, l) => `Koliko vremena posle ${e} se ovo dogodilo: ${l}?`,
    gapExplanation: (e, ed, l, ld, gap) => `Datum za ${e} je ${ed}, a za ${l} ${ld}: ${gap} kasnije`,
  },
};

/** A gap in days as a student would say it: exact days under two weeks, then weeks, months, years. */
export function formatGap(days: number, locale: Locale = defaultLocale): string {
  const t = templates[locale];
  if (days < 14) return t.count(days, "day");
  if (days < 63) return t.about(t.count(Math.round(days / 7), "week"));
  if (days < 730) return t.about(t.count(Math.round(days / 30.44), "month"));
  return t.about(t.count(Math.round(days / 365.25), "year"));
}

// Durations offered as wrong answers: each differs from the true gap by at least half as much
// again, so that "about 3 weeks" is never marked wrong for a gap of 17 days.
const candidateGaps = [
  ...Array.from({ length: 13 }, (_, i) => i + 1),
  ...Array.from({ length: 7 }, (_, i) => (i + 2) * 7),
  ...Array.from({ length: 22 }, (_, i) => Math.round((i + 2) * 30.44)),
  ...Array.from({ length: 40 }, (_, i) => Math.round((i + 2) * 365.25)),
];
const MIN_DISTRACTOR_RATIO = 1.5;

function gapDistractors(gap: number): number[] {
  const correct = formatGap(gap);
  const seen = new Set([correct]);
  const chosen: { days: number; label: string }[] = [];
  const byCloseness = candidateGaps
    .filter((days) => Math.max(days / gap, gap / days) >= MIN_DISTRACTOR_RATIO)
    .sort((a, b) => Math.abs(Math.log(a / gap)) - Math.abs(Math.log(b / gap)) || a - b);
  for (const days of byCloseness) {
    const label = formatGap(days);
    // Two wrong answers a few days apart would make each other look unlikely.
    if (seen.has(label) || chosen.some((c) => Math.max(c.days / days, days / c.days) < 1.25)) continue;
    seen.add(label);
    chosen.push({ days, label });
    if (chosen.length === 3) break;
  }
  return chosen.sort((a, b) => a.days - b.days).map((c) => c.days);
}

// Option ids come from the English label in every language: answers are stored by id.
const optionId = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** What a question is written with: the language's templates, and each event's title in it. */
type Writer = { locale: Locale; t: Templates; title: (d: Dated) => string };

const when = (w: Writer, d: Dated) => formatDay(d.event.date, w.locale);
const quoted = (w: Writer, d: Dated) => w.t.quote(w.title(d));

/** "3 days", or "about 5 months" once counting days no longer helps. */
const spoken = (w: Writer, gap: number) => (gap < 63 ? w.t.count(gap, "day") : formatGap(gap, w.locale));

function base(kind: string, events: readonly Dated[], gap: number) {
  return {
    id: idFor(kind, events.map((d) => d.event.id)),
    eventIds: events.map((d) => d.event.id),
    sourceIds: [],
    fromFaq: false,
    misconceptions: {},
    origin: "timeline" as const,
    difficulty: difficultyOf(gap),
  };
}

/** Two events to compare; the prompt lists them in id order so that it does not hint at dates. */
function firstQuestion(w: Writer, a: Dated, b: Dated): Question {
  const [earlier, later] = a.day < b.day ? [a, b] : [b, a];
  const [shownFirst, shownSecond] = a.event.id < b.event.id ? [a, b] : [b, a];
  const gap = later.day - earlier.day;
  return {
    ...base("first", [shownFirst, shownSecond], gap),
    type: "single",
    prompt: w.t.firstPrompt(quoted(w, shownFirst), quoted(w, shownSecond)),
    options: [shownFirst, shownSecond].map((d) => ({ id: d.event.id, text: w.title(d) })),
    answer: earlier.event.id,
    explanation: w.t.firstExplanation(quoted(w, earlier), when(w, earlier), quoted(w, later), when(w, later), spoken(w, gap)),
  };
}

function orderQuestion(w: Writer, group: readonly Dated[]): Question {
  const sorted = [...group].sort((x, y) => x.day - y.day);
  const minGap = Math.min(...sorted.slice(1).map((d, i) => d.day - sorted[i]!.day));
  return {
    ...base("order", sorted, minGap),
    type: "order",
    prompt: w.t.orderPrompt(
      sorted
        .map((d) => quoted(w, d))
        .sort()
        .join(", "),
    ),
    items: sorted.map((d) => ({ id: d.event.id, text: w.title(d) })),
    explanation: w.t.orderExplanation(sorted.map((d) => `${w.title(d)} (${when(w, d)})`).join("; ")),
  };
}

function gapQuestion(w: Writer, earlier: Dated, later: Dated): Question | undefined {
  const gap = later.day - earlier.day;
  const distractors = gapDistractors(gap);
  if (distractors.length < 3) return undefined;
  // The order and the ids are those of the English labels, the same in every language.
  const options = [gap, ...distractors]
    .map((days) => ({ days, english: formatGap(days) }))
    .sort((x, y) => x.english.localeCompare(y.english, "en", { numeric: true }));
  const correct = formatGap(gap, w.locale);
  const said = spoken(w, gap);
  return {
    ...base("gap", [earlier, later], gap),
    type: "single",
    prompt: w.t.gapPrompt(quoted(w, earlier), quoted(w, later)),
    options: options.map((o) => ({ id: optionId(o.english), text: formatGap(o.days, w.locale) })),
    answer: optionId(formatGap(gap)),
    explanation: `${w.t.gapExplanation(quoted(w, earlier), when(w, earlier), quoted(w, later), when(w, later), said)}${said === correct ? "" : ` (${correct})`}.`,
  };
}

const bands: readonly { difficulty: Difficulty; min: number; max: number }[] = [
  { difficulty: "hard", min: 1, max: 3 },
  { difficulty: "medium", min: 4, max: 31 },
  { difficulty: "easy", min: 32, max: Number.POSITIVE_INFINITY },
];

/** Index of the first item whose day is >= `day` (items sorted by day). */
function lowerBound(items: readonly Dated[], day: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each band of distance, one pair of events whose dates are that far apart. Events are taken
 * in a fixed pseudo-random order (by the hash of their id) so that the pairs are spread over the
 * timeline. An event is used by at most one generated question: a "how long after A did B
 * happen" prompt shows that A came first, which must not answer another question drawn with it.
 * O(n log n) for large timelines.
 */
function pairsByBand(sorted: readonly Dated[], salt: string, used: Set<string>, accept: (a: Dated, b: Dated) => boolean): [Dated, Dated][] {
  const shuffled = sorted
    .map((d) => ({ d, key: fnv(salt + d.event.id) }))
    .sort((x, y) => x.key - y.key || x.d.rank - y.d.rank)
    .map(({ d }) => d);
  const pairs: [Dated, Dated][] = [];
  for (const band of bands) {
    search: for (const a of shuffled) {
      if (used.has(a.event.id)) continue;
      const from = lowerBound(sorted, a.day + band.min);
      const to = band.max === Number.POSITIVE_INFINITY ? sorted.length : lowerBound(sorted, a.day + band.max + 1);
      // Up to 50 partners are looked at per event, so very long timelines stay fast.
      const partners = sorted
        .slice(from, Math.min(to, from + 50))
        .filter((b) => !used.has(b.event.id))
        .map((b) => ({ b, key: fnv(salt + a.event.id + b.event.id) }))
        .sort((x, y) => x.key - y.key)
        .map(({ b }) => b);
      for (const b of partners) {
        if (!accept(a, b)) continue;
        used.add(a.event.id);
        used.add(b.event.id);
        pairs.push([a, b]);
        break search;
      }
    }
  }
  return pairs;
}

/** Groups of four events for ordering: one spread over the whole timeline, one close together. */
function orderGroups(sorted: readonly Dated[]): Dated[][] {
  // One event per date: two events of the same day have no order a student could know.
  const perDay = new Map<number, Dated>();
  for (const d of sorted) {
    const kept = perDay.get(d.day);
    if (!kept || fnv(d.event.id) < fnv(kept.event.id)) perDay.set(d.day, d);
  }
  const days = [...perDay.values()].sort((x, y) => x.day - y.day);
  if (days.length < 4) return [];
  const spread = [0, 1, 2, 3].map((k) => days[Math.round((k * (days.length - 1)) / 3)]!);
  const groups = [spread];
  let best = -1;
  for (let i = 0; i + 3 < days.length; i++) {
    if (best < 0 || days[i + 3]!.day - days[i]!.day < days[best + 3]!.day - days[best]!.day) best = i;
  }
  const close = days.slice(best, best + 4);
  if (close.some((d, i) => d !== spread[i])) groups.push(close);
  return groups;
}

/**
 * The chronology questions of a unit, from its events given to the day. Deterministic: the same
 * events always give the same questions with the same ids. Which events are asked about is decided
 * on the English events alone; `locale` and `titleOf` (the event's title in that language) only
 * change the words, so a question has the same id and option ids in every language. At most 8 questions: 3 "which first"
 * (one per difficulty), 2 orderings, 3 "how long after" (one per difficulty).
 */
export function chronologyQuestions(
  events: readonly TimelineEvent[],
  locale: Locale = defaultLocale,
  titleOf: (event: TimelineEvent) => string = (event) => event.title,
): Question[] {
  const w: Writer = { locale, t: templates[locale], title: (d) => titleOf(d.event) };
  const sorted: Dated[] = events
    .map((event, rank) => ({ event, rank, day: event.precision === "day" ? dayNumber(event.date) : Number.NaN }))
    .filter((d) => Number.isFinite(d.day))
    .sort((x, y) => x.day - y.day || x.rank - y.rank);
  if (sorted.length < 2) return [];

  // Both titles are the options of a "which first" question: keep them of comparable length.
  const comparable = (a: Dated, b: Dated) =>
    !markedlyLonger(a.event.title, [b.event.title]) && !markedlyLonger(b.event.title, [a.event.title]);
  const groups = orderGroups(sorted);
  const used = new Set(groups.flat().map((d) => d.event.id));
  const order = groups.map((group) => orderQuestion(w, group));
  const first = pairsByBand(sorted, "first:", used, comparable).map(([a, b]) => firstQuestion(w, a, b));
  const gaps = pairsByBand(sorted, "gap:", used, () => true).flatMap(([a, b]) => {
    const question = gapQuestion(w, a, b);
    return question ? [question] : [];
  });

  const seen = new Set<string>();
  return [...first, ...order, ...gaps].filter((q) => !seen.has(q.id) && Boolean(seen.add(q.id)));
}
