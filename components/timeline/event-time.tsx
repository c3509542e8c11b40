import type { TimelineEvent } from "@/lib/content/schema";
import { dateTimeAttribute, formatEventDate } from "@/lib/timeline/dates";
import type { Speech } from "@/components/timeline/translate";

export function EventTime({ event, t, locale }: { event: TimelineEvent } & Speech) {
  const date = formatEventDate(event, locale);
  const text = event.time ? t(event.timeApproximate ? "time.about" : "time.exact", { date, time: event.time }) : date;
  return <time dateTime={dateTimeAttribute(event)}>{text}</time>;
}
