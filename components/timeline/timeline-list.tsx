import Link from "next/link";
import type { TimelineEvent } from "@/lib/content/schema";
import { eventAnchor } from "@/lib/timeline/filters";
import { groupByDate } from "@/lib/timeline/grouping";
import { CategoryBadge } from "@/components/timeline/category-badge";
import { EventDetails, type UnitLookup } from "@/components/timeline/event-details";
import { EventTime } from "@/components/timeline/event-time";

function EventCard({ unit, event, lookup }: { unit: string; event: TimelineEvent; lookup: UnitLookup }) {
  const anchor = eventAnchor(event.id);
  return (
    <article
      id={anchor}
      data-event-id={event.id}
      aria-labelledby={`${anchor}-title`}
      className="print-break-avoid scroll-mt-16 rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-700 dark:bg-stone-950"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
        <CategoryBadge category={event.category} />
        <EventTime event={event} />
      </div>
      <h3 id={`${anchor}-title`} className="mt-2 text-lg font-semibold leading-snug">
        <Link
          href={`/units/${unit}/events/${event.id}`}
          className="inline-flex min-h-11 items-center underline decoration-stone-400 decoration-1 underline-offset-4 hover:decoration-2"
        >
          {event.title}
        </Link>
      </h3>
      <EventDetails event={event} lookup={lookup} headingLevel="h4" />
    </article>
  );
}

/** The events in date order, under date headings that stay in view while their events scroll by. */
export function TimelineList({ unit, events, lookup }: { unit: string; events: TimelineEvent[]; lookup: UnitLookup }) {
  return (
    <ol className="space-y-6">
      {groupByDate(events).map((group) => (
        <li key={group.date}>
          <section aria-labelledby={`date-${group.date}`}>
            <h2
              id={`date-${group.date}`}
              className="sticky top-0 z-10 -mx-1 border-b border-stone-300 bg-stone-50/95 px-1 py-2 text-base font-bold backdrop-blur print:static dark:border-stone-700 dark:bg-stone-900/95"
            >
              <time dateTime={group.date}>{group.heading}</time>
            </h2>
            <ol className="mt-3 space-y-4 border-l-2 border-stone-300 pl-4 dark:border-stone-600">
              {group.events.map((event) => (
                <li key={event.id}>
                  <EventCard unit={unit} event={event} lookup={lookup} />
                </li>
              ))}
            </ol>
          </section>
        </li>
      ))}
    </ol>
  );
}
