import { z } from "zod";
import { intlLocale } from "@/lib/i18n/dates";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

// Due times are typed by a teacher as a wall-clock time in their own time zone (an HTML
// datetime-local gives "2026-12-04T14:00", with no zone), stored as an instant, and shown back in
// that zone. No date library: Intl knows every IANA zone and its daylight-saving rules.

export const DEFAULT_TIME_ZONE = "UTC";
/** Set by the browser (components/assignments/time-zone.tsx) so the server can show local times. */
export const TIME_ZONE_COOKIE = "eventline_tz";

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .max(64, "timeZone: use an IANA time zone name such as Europe/Belgrade.")
  .regex(/^[A-Za-z0-9_+\-/]+$/, "timeZone: use an IANA time zone name such as Europe/Belgrade.")
  .refine(isTimeZone, "timeZone: this time zone is not known. Use an IANA name such as Europe/Belgrade.");

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Milliseconds the zone is ahead of UTC at the given instant. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * Reads an ISO 8601 date-time: with a zone ("Z", "+02:00") it is that instant; without one it is a
 * wall-clock time in `timeZone`. Null for anything unreadable, including impossible dates such as
 * 31 February.
 */
export function parseDateTime(text: string, timeZone: string): Date | null {
  const value = text.trim();
  if (WITH_OFFSET.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((n) => Number(n ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59)
    return null;
  // The offset at the guessed instant can differ from the one at the answer across a
  // daylight-saving change; a second pass settles it.
  let instant = wall - zoneOffset(wall, timeZone);
  instant = wall - zoneOffset(instant, timeZone);
  return new Date(instant);
}

/**
 * A formatter for many instants in one zone ("2026-12-04 14:05:09"): the zone's offset is looked up
 * once per hour of time, so a file of 100,000 answers costs a few thousand Intl calls, not 100,000.
 */
export function localTimestamps(timeZone: string): (date: Date) => string {
  const offsets = new Map<number, number>();
  return (date) => {
    const hour = Math.floor(date.getTime() / 3_600_000);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      offset = zoneOffset(hour * 3_600_000, timeZone);
      offsets.set(hour, offset);
    }
    return new Date(date.getTime() + offset).toISOString().slice(0, 19).replace("T", " ");
  };
}

/** The wall-clock value an <input type="datetime-local"> shows for an instant in a zone. */
export function toLocalInput(date: Date, timeZone: string): string {
  const shifted = new Date(date.getTime() + zoneOffset(date.getTime(), timeZone));
  return shifted.toISOString().slice(0, 16);
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * "Friday 14:00" within the coming week, otherwise "Friday 11 December 14:00", in the page's
 * language ("e premte, 11 dhjetor në 14:00", "petak, 11. decembar 14:00").
 */
export function formatDueTime(
  due: Date,
  timeZone: string,
  now: Date = new Date(),
  locale: Locale = defaultLocale,
): string {
  const near = due.getTime() > now.getTime() && due.getTime() - now.getTime() < 6 * DAY;
  const format = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone,
    weekday: "long",
    ...(near ? {} : { day: "numeric", month: "long" }),
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const text = format.format(due);
  return locale === "en" ? text.replace(" at ", " ") : text;
}

/** "in 2 days", "in 3 hours", "5 minutes ago" (or "pas 2 ditësh", "za 2 dana"); null within a minute. */
export function relativeTimeOrNull(date: Date, now: Date = new Date(), locale: Locale = defaultLocale): string | null {
  const diff = date.getTime() - now.getTime();
  const abs = Math.abs(diff);
  const words = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: "always" });
  if (abs < 60_000) return null;
  if (abs < 60 * 60 * 1000) return words.format(Math.round(diff / 60_000), "minute");
  if (abs < 2 * DAY) return words.format(Math.round(diff / 3_600_000), "hour");
  return words.format(Math.round(diff / DAY), "day");
}

/** "in 2 days", "in 3 hours", "5 minutes ago": how far the instant is from now. */
export function relativeTime(date: Date, now: Date = new Date()): string {
  return relativeTimeOrNull(date, now) ?? "just now";
}

/**
 * A due (or opening) time as parts a sentence in any language is built from: whether it has
 * passed, the wall-clock time in the zone, and how far it is from now (null: within a minute).
 */
export function dueParts(
  due: Date,
  timeZone: string,
  now: Date,
  locale: Locale,
): { past: boolean; when: string; relative: string | null } {
  return {
    past: due.getTime() <= now.getTime(),
    when: formatDueTime(due, timeZone, now, locale),
    relative: relativeTimeOrNull(due, now, locale),
  };
}

/** "due Friday 14:00, in 2 days" or "was due Monday 9 March 09:00, 3 days ago". */
export function dueInWords(due: Date, timeZone: string, now: Date = new Date()): string {
  const past = due.getTime() <= now.getTime();
  return `${past ? "was due" : "due"} ${formatDueTime(due, timeZone, now)}, ${relativeTime(due, now)}`;
}

/** A short zone label for next to a time: "Europe/Belgrade (UTC+01:00)". */
export function zoneLabel(timeZone: string, at: Date = new Date()): string {
  const offset = zoneOffset(at.getTime(), timeZone) / 60_000;
  const sign = offset < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return timeZone === "UTC" ? "UTC" : `${timeZone} (UTC${sign}${hours}:${minutes})`;
}
