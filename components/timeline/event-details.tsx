import type { Source, TimelineEvent } from "@/lib/content/schema";
import { formatIsoDay } from "@/lib/timeline/dates";
import type { GlossaryEntry } from "@/lib/timeline/glossary";
import type { UnitLookup } from "@/lib/timeline/lookup";
import { GlossaryText } from "@/components/timeline/glossary-text";
import { SourceCitation, SourcesList } from "@/components/timeline/sources-list";
import type { EventSpeech, Speech } from "@/components/timeline/translate";

function sourcesOf(ids: string[], lookup: UnitLookup): Source[] {
  return ids.map((id) => lookup.sources.get(id)).filter((s): s is Source => s !== undefined);
}

/** What an event says, as shown on the timeline and on the event's own page. */
export function EventDetails({
  event,
  lookup,
  headingLevel,
  glossary = [],
  glossaryHref = "",
  t,
  te,
  locale,
}: Speech & {
  /** The event page's strings. */
  te: EventSpeech;
  event: TimelineEvent;
  lookup: UnitLookup;
  headingLevel: "h2" | "h4";
  glossary?: readonly GlossaryEntry[];
  /** Where the glossary's entries are: the unit page's address. */
  glossaryHref?: string;
}) {
  const actorNames = event.actors.map((id) => lookup.actors.get(id)?.name ?? id);
  return (
    <>
      <p className="mt-2 leading-relaxed">
        <GlossaryText text={event.summary} entries={glossary} glossaryHref={glossaryHref} />
      </p>
      {(actorNames.length > 0 || event.place) && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {actorNames.length > 0 && (
            <>
              <dt className="font-semibold">{te("who")}</dt>
              <dd>{actorNames.join(", ")}</dd>
            </>
          )}
          {event.place && (
            <>
              <dt className="font-semibold">{te("where")}</dt>
              <dd>{event.place}</dd>
            </>
          )}
        </dl>
      )}
      {event.articleQuote && (
        <figure className="mt-3 border-l-4 border-stone-300 pl-3 text-sm dark:border-stone-600">
          <blockquote className="italic">“{event.articleQuote}”</blockquote>
          <figcaption className="mt-1 text-stone-600 dark:text-stone-300">{te("articleQuote")}</figcaption>
        </figure>
      )}
      {event.claims.map((claim, i) => {
        const actor = lookup.actors.get(claim.by)?.name ?? claim.by;
        return (
          <div
            key={i}
            role="note"
            className="mt-3 rounded border-2 border-dashed border-amber-500 bg-amber-50 p-3 text-sm dark:border-amber-400 dark:bg-amber-950"
            aria-label={te("claimLabel", { actor })}
          >
            <p>
              <strong>
                {te.rich("claimBy", {
                  actor,
                  date: formatIsoDay(claim.date, locale),
                  time: (chunks) => <time dateTime={claim.date}>{chunks}</time>,
                })}
              </strong>{" "}
              “{claim.text}”
            </p>
            <p className="mt-1 text-stone-700 dark:text-stone-300">
              {te("notEstablished")}{" "}
              {sourcesOf(claim.sourceIds, lookup).map((source, j) => (
                <span key={source.id}>
                  {j > 0 ? "; " : `${te("reportedIn")} `}
                  <SourceCitation source={source} t={t} locale={locale} />
                </span>
              ))}
            </p>
          </div>
        );
      })}
      <SourcesList
        sources={sourcesOf(event.sourceIds, lookup)}
        heading={te("sources")}
        headingLevel={headingLevel}
        t={t}
        locale={locale}
      />
    </>
  );
}
