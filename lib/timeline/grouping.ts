import type { TimelineEvent } from "@/lib/content/schema";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateHeading } from "@/lib/timeline/dates";

export type DateGroup = { date: string; heading: string; events: TimelineEvent[] };

/**
 * Consecutive events with the same date (as written, so "2022-11" and "2022-11-05" stay apart)
 * form one group. The events must already be in date order, as getUnit gives them.
 */
export function groupByDate(events: readonly TimelineEvent[], locale: Locale = "en"): DateGroup[] {
  const groups: DateGroup[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last && last.date === event.date) last.events.push(event);
    else groups.push({ date: event.date, heading: formatDateHeading(event, locale), events: [event] });
  }
  return groups;
}
