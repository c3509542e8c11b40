import { getLocale, getTranslations } from "next-intl/server";
import { formatDueTime, relativeTimeOrNull } from "@/lib/assignments/time";

// What a student reads about an assignment, in the page's language (the page gives the unit's
// title in that language: lib/reports/localized.ts).

/**
 * "due Friday 14:00, in 2 days", "afati: e premte, 14:00, pas 2 ditësh": the due time in the zone the
 * teacher set it in (a weekday within the coming week, a date beyond), and how far it is from now.
 */
export async function dueWords(due: Date, timeZone: string, now: Date): Promise<string> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("studentAssignments")]);
  const time = formatDueTime(due, timeZone, now, locale);
  const relative = relativeTimeOrNull(due, now, locale) ?? t("justNow");
  return t(due.getTime() <= now.getTime() ? "wasDue" : "due", { time, relative });
}
