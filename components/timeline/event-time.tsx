import type { TimelineEvent } from "@/lib/content/schema";
import { dateTimeAttribute, formatEventDate } from "@/lib/timeline/dates";

export function EventTime({ event }: { event: TimelineEvent }) {
  const time = event.time ? `, ${event.timeApproximate ? "about " : ""}${event.time}` : "";
  return <time dateTime={dateTimeAttribute(event)}>{`${formatEventDate(event)}${time}`}</time>;
}
