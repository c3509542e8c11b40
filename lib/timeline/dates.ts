import type { TimelineEvent } from "@/lib/content/schema";
import type { Locale } from "@/lib/i18n/locales";

// Event dates are calendar dates with a precision (day, month or year), not instants: they are
// formatted in UTC so that the server's time zone never shifts a date.

type Dated = Pick<TimelineEvent, "date" | "precision">;

function parts(date: string): { year: number; month: number; day: number } {
  const [y, m, d] = date.split("-").map(Number);
  return { year: y ?? 1970, month: m ?? 1, day: d ?? 1 };
}

export function utcDate(date: string): Date {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Days since 1970-01-01 of the first day the date covers. */
export function dayNumber(date: string): number {
  return Math.round(utcDate(date).getTime() / 86_400_000);
}

/** Months since January 1970 of the date's month. */
export function monthNumber(date: string): number {
  const { year, month } = parts(date);
  return (year - 1970) * 12 + (month - 1);
}

/** The Intl locale for an interface language: British English's day-month-year order for English. */
const intlLocale: Record<Locale, string> = { en: "en-GB", sq: "sq", "sr-Latn": "sr-Latn" };

const styles = {
  longDay: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  mediumDay: { day: "numeric", month: "long", year: "numeric" },
  shortDay: { day: "numeric", month: "short", year: "numeric" },
  monthYear: { month: "long", year: "numeric" },
  shortMonthYear: { month: "short", year: "numeric" },
  dayMonth: { day: "numeric", month: "short" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();
function format(style: keyof typeof styles, date: string, locale: Locale): string {
  const key = `${locale} ${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale[locale], { timeZone: "UTC", ...styles[style] });
    formatters.set(key, formatter);
  }
  return formatter.format(utcDate(date));
}

/** "Sunday, 24 September 2023", "November 2022" or "1999": the heading of a date group. */
export function formatDateHeading(event: Dated, locale: Locale = "en"): string {
  if (event.precision === "year") return event.date.slice(0, 4);
  return format(event.precision === "month" ? "monthYear" : "longDay", event.date, locale);
}

/** "24 September 2023", "November 2022" or "1999". */
export function formatEventDate(event: Dated, locale: Locale = "en"): string {
  if (event.precision === "year") return event.date.slice(0, 4);
  return format(event.precision === "month" ? "monthYear" : "mediumDay", event.date, locale);
}

/** "24 Sept 2023", "Nov 2022" or "1999": for compact places such as the overview. */
export function formatShortDate(event: Dated, locale: Locale = "en"): string {
  if (event.precision === "year") return event.date.slice(0, 4);
  return format(event.precision === "month" ? "shortMonthYear" : "shortDay", event.date, locale);
}

export function formatDayMonth(date: string, locale: Locale = "en"): string {
  return format("dayMonth", date, locale);
}

export function formatMonth(date: string, locale: Locale = "en"): string {
  return format("shortMonthYear", date, locale);
}

/** A valid value for `<time dateTime>`: the date as written, with the local time when known. */
export function dateTimeAttribute(event: Dated & { time?: string }): string {
  return event.time && event.precision === "day" ? `${event.date}T${event.time}` : event.date;
}

export function formatIsoDay(date: string, locale: Locale = "en"): string {
  return format("mediumDay", date, locale);
}
