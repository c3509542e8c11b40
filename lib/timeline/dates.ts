import type { TimelineEvent } from "@/lib/content/schema";
import { dateFormat, utcDate } from "@/lib/i18n/dates";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

// Event dates are calendar dates with a precision (day, month or year), not instants: they are
// formatted in UTC so that the server's time zone never shifts a date. Every formatter takes the
// interface language (English by default).

type Dated = Pick<TimelineEvent, "date" | "precision">;

/** Days since 1970-01-01 of the first day the date covers. */
export function dayNumber(date: string): number {
  return Math.round(utcDate(date).getTime() / 86_400_000);
}

/** "Sunday, 24 September 2023", "November 2022" or "1999": the heading of a date group. */
export function formatDateHeading(event: Dated, locale: Locale = defaultLocale): string {
  if (event.precision === "year") return event.date.slice(0, 4);
  if (event.precision === "month") return dateFormat("monthYear", locale).format(utcDate(event.date));
  return dateFormat("long", locale).format(utcDate(event.date));
}

/** "24 September 2023", "November 2022" or "1999". */
export function formatEventDate(event: Dated, locale: Locale = defaultLocale): string {
  if (event.precision === "year") return event.date.slice(0, 4);
  if (event.precision === "month") return dateFormat("monthYear", locale).format(utcDate(event.date));
  return dateFormat("medium", locale).format(utcDate(event.date));
}

/** "24 Sept 2023", "Nov 2022" or "1999": for compact places such as the overview. */
export function formatShortDate(event: Dated, locale: Locale = defaultLocale): string {
  if (event.precision === "year") return event.date.slice(0, 4);
  if (event.precision === "month") return dateFormat("shortMonthYear", locale).format(utcDate(event.date));
  return dateFormat("short", locale).format(utcDate(event.date));
}

export function formatDayMonth(date: string, locale: Locale = defaultLocale): string {
  return dateFormat("dayMonth", locale).format(utcDate(date));
}

export function formatMonth(date: string, locale: Locale = defaultLocale): string {
  return dateFormat("shortMonthYear", locale).format(utcDate(date));
}

/** A valid value for `<time dateTime>`: the date as written, with the local time when known. */
export function dateTimeAttribute(event: Dated & { time?: string }): string {
  return event.time && event.precision === "day" ? `${event.date}T${event.time}` : event.date;
}

export function formatIsoDay(date: string, locale: Locale = defaultLocale): string {
  return dateFormat("medium", locale).format(utcDate(date));
}
