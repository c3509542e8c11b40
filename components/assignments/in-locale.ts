import "server-only";
import { getTranslations } from "next-intl/server";
import { getUnit } from "@/lib/content/load";
import { localizeUnit } from "@/lib/content/localize";
import { pageLocale } from "@/lib/http/locale";
import { intlLocale } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";

// What a student reads about an assignment, in the page's language. The database keeps a unit's
// English title; the content has its translations.

/** The unit's title in `locale`, or the stored one when the unit is no longer in the content. */
export function localUnitTitle(unit: string, stored: string, locale: Locale): string {
  const found = getUnit(unit);
  return found ? localizeUnit(found, locale).meta.title : stored;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * "due Friday 14:00, in 2 days", "afati: e premte, 14:00, pas 2 ditësh": the due time in the zone the
 * teacher set it in (a weekday within the coming week, a date beyond), and how far it is from now.
 */
export async function dueWords(due: Date, timeZone: string, now: Date): Promise<string> {
  const [locale, t] = await Promise.all([pageLocale(), getTranslations("studentAssignments")]);
  const tag = intlLocale(locale);
  const diff = due.getTime() - now.getTime();
  const near = diff > 0 && diff < 6 * DAY;
  const when = new Intl.DateTimeFormat(tag, {
    timeZone,
    weekday: "long",
    ...(near ? {} : { day: "numeric", month: "long" }),
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(due);
  const time = locale === "en" ? when.replace(" at ", " ") : when;
  const abs = Math.abs(diff);
  const rtf = new Intl.RelativeTimeFormat(tag, { numeric: "always" });
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    abs < 3_600_000 ? [diff / 60_000, "minute"] : abs < 2 * DAY ? [diff / 3_600_000, "hour"] : [diff / DAY, "day"];
  const relative = abs < 60_000 ? t("justNow") : rtf.format(Math.round(value), unit);
  return t(diff <= 0 ? "wasDue" : "due", { time, relative });
}
