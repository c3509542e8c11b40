import type { TimelineEvent } from "@/lib/content/schema";

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

const longDay = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });
const mediumDay = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
const shortDay = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
const monthYear = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "long", year: "numeric" });
const shortMonthYear = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "short", year: "numeric" });
const dayMonth = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short" });

/** "Sunday, 24 September 2023", "November 2022" or "1999": the heading of a date group. */
export function formatDateHeading(event: Dated): string {
  if (event.precision === "year") return event.date.slice(0, 4);
  if (event.precision === "month") return monthYear.format(utcDate(event.date));
  return longDay.format(utcDate(event.date));
}

/** "24 September 2023", "November 2022" or "1999". */
export function formatEventDate(event: Dated): string {
  if (event.precision === "year") return event.date.slice(0, 4);
  if (event.precision === "month") return monthYear.format(utcDate(event.date));
  return mediumDay.format(utcDate(event.date));
}

/** "24 Sept 2023", "Nov 2022" or "1999": for compact places such as the overview. */
export function formatShortDate(event: Dated): string {
  if (event.precision === "year") return event.date.slice(0, 4);
  if (event.precision === "month") return shortMonthYear.format(utcDate(event.date));
  return shortDay.format(utcDate(event.date));
}

export function formatDayMonth(date: string): string {
  return dayMonth.format(utcDate(date));
}

export function formatMonth(date: string): string {
  return shortMonthYear.format(utcDate(date));
}

/** A valid value for `<time dateTime>`: the date as written, with the local time when known. */
export function dateTimeAttribute(event: Dated & { time?: string }): string {
  return event.time && event.precision === "day" ? `${event.date}T${event.time}` : event.date;
}

export function formatIsoDay(date: string): string {
  return mediumDay.format(utcDate(date));
}
