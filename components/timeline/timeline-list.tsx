import type { Source, TimelineEvent } from "@/lib/content/schema";
import { formatIsoDay } from "@/lib/timeline/dates";
import { eventAnchor } from "@/lib/timeline/filters";
import { shorten, type GlossaryEntry } from "@/lib/timeline/glossary";
import { groupByDate } from "@/lib/timeline/grouping";
import { CategoryBadge } from "@/components/timeline/category-badge";
import type { UnitLookup } from "@/lib/timeline/lookup";
import { EventTime } from "@/components/timeline/event-time";
import { GlossaryText } from "@/components/timeline/glossary-text";
import type { Speech } from "@/components/timeline/translate";

/** About two lines of a card on a laptop; the event's page has the whole summary. */
const SUMMARY_CHARS = 140;

type CardProps = Speech & {
  event: TimelineEvent;
  lookup: UnitLookup;
  glossary: readonly GlossaryEntry[];
  read: boolean;
  /** The event page's address, carrying the timeline's filters so its previous and next follow them. */
  eventHref: string;
};

/**
 * A compact card: date, category, title, a two-line summary and who. Sources and claims wait
 * behind a disclosure that needs no JavaScript; the event's own page shows everything. The card
 * is repeated dozens of times, so its elements are styled by a few short classes (globals.css,
 * "Timeline cards") rather than lists of utilities.
 */
function EventCard({ event, lookup, glossary, read, eventHref, t, locale }: CardProps) {
  const actorNames = event.actors.map((id) => lookup.actors.get(id)?.name ?? id);
  const sources = event.sourceIds.map((id) => lookup.sources.get(id)).filter((s): s is Source => s !== undefined);
  const claims = event.claims.length;
  return (
    <article id={eventAnchor(event.id)} data-event-id={event.id} data-read={read ? "" : undefined} className="card">
      <div className="meta">
        <CategoryBadge category={event.category} t={t} />
        <EventTime event={event} t={t} locale={locale} />
        <span className="rd">{t("card.read")}</span>
      </div>
      <h3>
        <a href={eventHref} data-event-title="">
          {event.title}
        </a>
      </h3>
      <p className="sum">
        <GlossaryText text={shorten(event.summary, SUMMARY_CHARS)} entries={glossary} glossaryHref="" />
      </p>
      {actorNames.length > 0 && (
        <p className="who">
          <b>{t("card.who")}</b>
          {` ${actorNames.join(", ")}`}
        </p>
      )}
      <details className="src">
        <summary>
          {claims > 0
            ? t("card.sourcesClaims", { sources: sources.length, claims })
            : t("card.sources", { sources: sources.length })}
        </summary>
        <ol>
          {sources.map((source) => (
            <li key={source.id}>
              {source.url ? <a href={source.url}>{source.title}</a> : source.title}
              <span className="muted">{` — ${source.publisher}`}</span>
            </li>
          ))}
        </ol>
        {event.claims.map((claim, i) => (
          <p key={i} className="claim">
            <strong>
              {t("card.claimBy", {
                actor: lookup.actors.get(claim.by)?.name ?? claim.by,
                date: formatIsoDay(claim.date, locale),
              })}
            </strong>
            {` “${claim.text}” `}
            <span className="muted">{t("card.notEstablished")}</span>
          </p>
        ))}
      </details>
    </article>
  );
}

type Props = Speech & {
  events: TimelineEvent[];
  lookup: UnitLookup;
  glossary: readonly GlossaryEntry[];
  read: ReadonlySet<string>;
  eventHref: (event: TimelineEvent) => string;
};

/** The events in date order, under their dates. */
export function TimelineList({ events, lookup, glossary, read, eventHref, t, locale }: Props) {
  return (
    <ol className="space-y-5">
      {groupByDate(events, locale).map((group) => (
        <li key={group.date}>
          <h2 className="dh">
            <time dateTime={group.date}>{group.heading}</time>
          </h2>
          <ol className="day">
            {group.events.map((event) => (
              <li key={event.id}>
                <EventCard
                  event={event}
                  lookup={lookup}
                  glossary={glossary}
                  read={read.has(event.id)}
                  eventHref={eventHref(event)}
                  t={t}
                  locale={locale}
                />
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
