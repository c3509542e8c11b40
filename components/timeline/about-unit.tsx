import type { Unit } from "@/lib/content/schema";
import { formatIsoDay } from "@/lib/timeline/dates";
import type { GlossaryEntry } from "@/lib/timeline/glossary";
import type { UnitLookup } from "@/lib/timeline/lookup";
import { SourceCitation } from "@/components/timeline/sources-list";
import type { Speech } from "@/components/timeline/translate";

/** What the unit's source article got wrong: a short list, in view at the top of the unit. */
export function ArticleCorrections({ unit, lookup, t, locale }: { unit: Unit; lookup: UnitLookup } & Speech) {
  const { meta } = unit;
  if (meta.corrections.length === 0) return null;
  return (
    <section
      aria-labelledby="corrections-heading"
      className="rounded-lg border-2 border-amber-600 bg-amber-50 p-3 sm:p-4 dark:border-amber-400 dark:bg-amber-950"
    >
      <h2 id="corrections-heading" className="text-lg font-semibold">
        {t("corrections.heading")}
      </h2>
      <p className="text-sm">
        {t.rich("corrections.intro", {
          title: meta.article.title,
          date: formatIsoDay(meta.article.date, locale),
          count: meta.corrections.length,
          time: (chunks) => <time dateTime={meta.article.date}>{chunks}</time>,
        })}
      </p>
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
        {meta.corrections.map((c, i) => (
          <li key={i}>
            <span className="font-semibold">{c.claim}</span> {c.correction}{" "}
            <details className="inline">
              <summary className="inline cursor-pointer underline underline-offset-2">
                {t("corrections.sources", { count: c.sourceIds.length })}
              </summary>{" "}
              {c.sourceIds.map((id, j) => {
                const source = lookup.sources.get(id);
                return source ? (
                  <span key={id}>
                    {j > 0 && "; "}
                    <SourceCitation source={source} t={t} locale={locale} />
                  </span>
                ) : null;
              })}
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** How the unit was made, for the curious: collapsed, since the corrections are shown above. */
export function AboutUnit({ unit, t, locale }: { unit: Unit } & Speech) {
  const { meta } = unit;
  return (
    <details className="rounded-lg border border-stone-200 px-3 sm:px-4 dark:border-stone-700">
      <summary className="min-h-11 cursor-pointer py-3 font-semibold">{t("about.summary")}</summary>
      <p className="text-sm">
        {t.rich("about.asOf", {
          date: formatIsoDay(meta.asOf, locale),
          time: (chunks) => <time dateTime={meta.asOf}>{chunks}</time>,
        })}
      </p>
      {meta.about.map((paragraph, i) => (
        <p key={i} className="mt-2 pb-2 leading-relaxed">
          {paragraph}
        </p>
      ))}
    </details>
  );
}

/** The unit's glossary; terms marked in the events link to their entries here. */
export function UnitGlossary({ entries, t }: { entries: readonly GlossaryEntry[]; t: Speech["t"] }) {
  if (entries.length === 0) return null;
  return (
    <section
      aria-labelledby="glossary-heading"
      className="rounded-lg border border-stone-200 p-3 sm:p-4 dark:border-stone-700"
    >
      <h2 id="glossary-heading" className="text-lg font-semibold">
        {t("glossary")}
      </h2>
      <dl className="mt-2 space-y-2 text-sm">
        {entries.map((g) => {
          const aliases = g.names.filter((n) => n !== g.term);
          return (
            <div
              key={g.id}
              id={g.id}
              className="scroll-mt-20 target:rounded target:bg-yellow-100 target:p-1 dark:target:bg-yellow-900"
            >
              <dt className="font-semibold">
                {g.term}
                {aliases.length > 0 && (
                  <span className="font-normal text-stone-700 dark:text-stone-300"> ({aliases.join(", ")})</span>
                )}
              </dt>
              <dd className="ml-4">{g.definition}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
