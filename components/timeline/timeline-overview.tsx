import Link from "next/link";
import type { TimelineEvent } from "@/lib/content/schema";
import { formatShortDate } from "@/lib/timeline/dates";
import type { Overview, OverviewAxis } from "@/lib/timeline/overview";

type HrefFor = (event: TimelineEvent) => string;

const SLOT_PX = 28;
const MARK_PX = 24;
const BAR_MAX_PX = 96;
const LABEL_EVERY_SLOTS = 3;

function OutsideList({ label, events, hrefFor }: { label: string; events: TimelineEvent[]; hrefFor: HrefFor }) {
  if (events.length === 0) return null;
  return (
    <div className="mt-3">
      <h3 className="text-sm font-semibold">{label}</h3>
      <ol className="mt-1 flex flex-wrap gap-2 text-sm">
        {events.map((event) => (
          <li key={event.id}>
            <Link
              href={hrefFor(event)}
              aria-label={`${formatShortDate(event)}: ${event.title}`}
              title={event.title}
              className="inline-flex min-h-11 items-center rounded border border-stone-300 px-2 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
            >
              {formatShortDate(event)}
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Axis({ axis, hrefFor }: { axis: OverviewAxis; hrefFor: HrefFor }) {
  const height = axis.scale === "day" ? axis.maxCount * (MARK_PX + 4) : BAR_MAX_PX;
  let lastLabelled = -Infinity;
  const labelled = new Set<string>();
  for (const column of axis.columns) {
    const slot = column.position * (axis.slots - 1);
    if (slot - lastLabelled >= LABEL_EVERY_SLOTS) {
      labelled.add(column.key);
      lastLabelled = slot;
    }
  }
  // Positions are shares of the width left after one mark, so the last mark stays inside the axis.
  const left = (position: number) => `calc(${position} * (100% - ${MARK_PX}px))`;

  return (
    <div className="mt-3 overflow-x-auto pb-2">
      <div className="relative" style={{ minWidth: `${axis.slots * SLOT_PX}px`, height: `${height + 28}px` }}>
        <ol
          aria-label={`From ${axis.startLabel} to ${axis.endLabel}, ${axis.scale === "day" ? "one mark per event" : "one bar per month"}`}
        >
          {axis.columns.map((column) => (
            <li
              key={column.key}
              className="absolute bottom-7 flex flex-col-reverse items-center gap-1"
              style={{ left: left(column.position), width: `${MARK_PX}px` }}
            >
              {axis.scale === "day" ? (
                column.events.map((event) => (
                  <Link
                    key={event.id}
                    href={hrefFor(event)}
                    aria-label={`${column.label}: ${event.title}`}
                    title={`${column.label}: ${event.title}`}
                    className="block h-6 w-6 rounded-full border-2 border-blue-800 bg-blue-100 hover:bg-blue-300 dark:border-blue-300 dark:bg-blue-900 dark:hover:bg-blue-700"
                  />
                ))
              ) : (
                <Link
                  href={hrefFor(column.events[0]!)}
                  aria-label={`${column.label}: ${column.events.length} ${column.events.length === 1 ? "event" : "events"}`}
                  title={`${column.label}: ${column.events.length} events`}
                  className="block w-6 rounded-t border-2 border-blue-800 bg-blue-100 hover:bg-blue-300 dark:border-blue-300 dark:bg-blue-900 dark:hover:bg-blue-700"
                  style={{ height: `${Math.max(MARK_PX, Math.round((column.events.length / axis.maxCount) * BAR_MAX_PX))}px` }}
                />
              )}
            </li>
          ))}
        </ol>
        <div aria-hidden="true" className="absolute inset-x-0 bottom-6 border-t-2 border-stone-400 dark:border-stone-500" />
        <div aria-hidden="true" className="text-xs text-stone-700 dark:text-stone-300">
          {axis.columns
            .filter((column) => labelled.has(column.key))
            .map((column) => (
              <span key={column.key} className="absolute bottom-0 whitespace-nowrap" style={{ left: left(column.position) }}>
                {column.label}
              </span>
            ))}
        </div>
      </div>
    </div>
  );
}

/** The period at a glance: clusters of events show as stacks of marks, each a link to its event. */
export function TimelineOverview({ overview, hrefFor }: { overview: Overview; hrefFor: HrefFor }) {
  if (!overview.axis) return null;
  return (
    <section aria-labelledby="overview-heading" className="no-print rounded-lg border border-stone-200 p-4 dark:border-stone-700">
      <h2 id="overview-heading" className="text-lg font-semibold">
        Overview of the period
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        {overview.axis.scale === "day"
          ? `The main period, ${overview.axis.startLabel} to ${overview.axis.endLabel}, drawn to scale: each circle is an event, stacked on its day.`
          : `The main period, ${overview.axis.startLabel} to ${overview.axis.endLabel}, drawn to scale: each bar is a month, as tall as its number of events.`}
        {(overview.before.length > 0 || overview.after.length > 0) && " Events long before or after it are listed apart."}
      </p>
      <OutsideList label="Earlier background" events={overview.before} hrefFor={hrefFor} />
      <Axis axis={overview.axis} hrefFor={hrefFor} />
      <OutsideList label="Later" events={overview.after} hrefFor={hrefFor} />
    </section>
  );
}
