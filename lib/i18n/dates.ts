import { defaultLocale, type Locale } from "@/lib/i18n/locales";

// Calendar dates (YYYY, YYYY-MM, YYYY-MM-DD) in each interface language, through Intl. Content
// dates are days, not instants: they are formatted in UTC so that no time zone shifts them.

/** The Intl tag per language: English is British style ("24 September 2023"), as the app has always written it. */
const intlTag: Record<Locale, string> = { en: "en-GB", sq: "sq", "sr-Latn": "sr-Latn" };

const styles = {
  /** "Sunday, 24 September 2023" */
  long: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  /** "24 September 2023", "24 shtator 2023", "24. septembar 2023." */
  medium: { day: "numeric", month: "long", year: "numeric" },
  /** "24 Sept 2023" */
  short: { day: "numeric", month: "short", year: "numeric" },
  /** "September 2023" */
  monthYear: { month: "long", year: "numeric" },
  /** "Sept 2023" */
  shortMonthYear: { month: "short", year: "numeric" },
  /** "24 Sept" */
  dayMonth: { day: "numeric", month: "short" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof styles;

const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(style: DateStyle, locale: Locale = defaultLocale): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag[locale], { timeZone: "UTC", ...styles[style] });
    formats.set(key, format);
  }
  return format;
}

export function utcDate(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** "2023-09-24" -> "24 September 2023" / "24 shtator 2023" / "24. septembar 2023.". */
export function formatCalendarDay(date: string, locale: Locale = defaultLocale): string {
  return dateFormat("medium", locale).format(utcDate(date));
}

/** The Intl tag to use for collation and plural rules in a language. */
export function intlLocale(locale: Locale): string {
  return intlTag[locale];
}
