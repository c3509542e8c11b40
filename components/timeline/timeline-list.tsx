import type { Source, TimelineEvent } from "@/lib/content/schema";
import { formatIsoDay } from "@/lib/timeline/dates";
import { eventAnchor } from "@/lib/timeline/filters";
import { shorten, type GlossaryEntry } from "@/lib/timeline/glossary";
import { groupByDate } from "@/lib/timeline/grouping";
import { CategoryBadge } from "@/components/timeline/category-badge";
import type { UnitLookup } from "@/lib/timeline/lookup";
import { EventTime } from "@/components/timeline/event-time";
import { GlossaryText } from "@/components/timeline/glossary-text";

/** About two lines of a card on a laptop; the event's page has the whole summary. */
const SUMMARY_CHARS = 160;

type CardProps = {
  unit: string;
  event: TimelineEvent;
  lookup: UnitLookup;
  glossary: readonly GlossaryEntry[];
  read: boolean;
  /** The event page's address, carrying the timeline's filters so its previous and next follow them. */
  eventHref: string;
};

/**
 * A compact card: date, category, title, a two-line summary and who. Sources and claims wait
 * behind a disclosure that needs no JavaScript; the event's own page shows everything.
 */
function EventCard({ event, lookup, glossary, read, eventHref }: CardProps) {
  const anchor = eventAnchor(event.id);
  const actorNames = event.actors.map((id) => lookup.actors.get(id)?.name ?? id);
  const sources = event.sourceIds.map((id) => lookup.sources.get(id)).filter((s): s is Source => s !== undefined);
  const claims = event.claims.length;
  return (
    <article
      id={anchor}
      data-event-id={event.id}
      data-read={read ? "" : undefined}
      aria-labelledby={`${anchor}-t`}
      className="group card print-break-avoid scroll-mt-20"
    >
      <div className="muted flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <CategoryBadge category={event.category} />
        <EventTime event={event} />
        <span className="hidden font-semibold text-green-800 group-data-read:inline dark:text-green-300">✓ Read</span>
      </div>
      <h3 id={`${anchor}-t`} className="mt-1 text-lg leading-snug font-semibold">
        <a href={eventHref} data-event-title="" className="underline underline-offset-4">
          {event.title}
        </a>
      </h3>
      <p className="line-clamp-2 leading-relaxed">
        <GlossaryText text={shorten(event.summary, SUMMARY_CHARS)} entries={glossary} glossaryHref="" />
      </p>
      {actorNames.length > 0 && (
        <p className="muted mt-1 text-sm">
          <b>Who:</b>
          {` ${actorNames.join(", ")}`}
        </p>
      )}
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer py-2 font-semibold">{`Sources (${sources.length})${claims > 0 ? ` · Claims (${claims})` : ""}`}</summary>
        <ol className="list-decimal space-y-1 pl-5">
          {sources.map((source) => (
            <li key={source.id}>
              {source.url ? <a href={source.url}>{source.title}</a> : source.title}
              <span className="muted">{` — ${source.publisher}`}</span>
            </li>
          ))}
        </ol>
        {event.claims.map((claim, i) => (
          <p key={i} className="mt-2 rounded border-2 border-dashed border-amber-500 p-2 dark:border-amber-400">
            <strong>{`Claim by ${lookup.actors.get(claim.by)?.name ?? claim.by}, ${formatIsoDay(claim.date)}:`}</strong>
            {` “${claim.text}” `}
            <span className="muted">Not established.</span>
          </p>
        ))}
      </details>
    </article>
  );
}

type Props = {
  unit: string;
  events: TimelineEvent[];
  lookup: UnitLookup;
  glossary: readonly GlossaryEntry[];
  read: ReadonlySet<string>;
  eventHref: (event: TimelineEvent) => string;
};

/** The events in date order, under their dates. */
export function TimelineList({ unit, events, lookup, glossary, read, eventHref }: Props) {
  return (
    <ol className="space-y-5">
      {groupByDate(events).map((group) => (
        <li key={group.date}>
          <section aria-labelledby={`date-${group.date}`}>
            <h2 id={`date-${group.date}`} className="border-b border-stone-300 py-1 text-base font-bold dark:border-stone-700">
              <time dateTime={group.date}>{group.heading}</time>
            </h2>
            <ol className="mt-3 space-y-3 border-l-2 border-stone-300 pl-3 sm:pl-4 dark:border-stone-600">
              {group.events.map((event) => (
                <li key={event.id}>
                  <EventCard unit={unit} event={event} lookup={lookup} glossary={glossary} read={read.has(event.id)} eventHref={eventHref(event)} />
                </li>
              ))}
            </ol>
          </section>
        </li>
      ))}
    </ol>
  );
}
