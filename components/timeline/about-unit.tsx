import type { Unit } from "@/lib/content/schema";
import { formatIsoDay } from "@/lib/timeline/dates";
import type { UnitLookup } from "@/components/timeline/event-details";
import { SourceCitation } from "@/components/timeline/sources-list";

/** "About this unit": where the unit comes from, what its source article got wrong, and its terms. */
export function AboutUnit({ unit, lookup }: { unit: Unit; lookup: UnitLookup }) {
  const { meta } = unit;
  return (
    <section aria-labelledby="about-heading" className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-950">
      <h2 id="about-heading" className="text-lg font-semibold">
        About this unit
      </h2>
      <p className="mt-1 text-sm">
        Based on the article “{meta.article.title}”, dated <time dateTime={meta.article.date}>{formatIsoDay(meta.article.date)}</time>.
        Checked against other sources as of <time dateTime={meta.asOf}>{formatIsoDay(meta.asOf)}</time>
        {meta.corrections.length > 0 && `; ${meta.corrections.length} corrections to the article`}.
      </p>
      <details className="mt-2">
        <summary className="min-h-11 cursor-pointer py-3 font-semibold">How this unit was made, what the article got wrong, and a glossary</summary>
        {meta.about.map((paragraph, i) => (
          <p key={i} className="mt-2 leading-relaxed">
            {paragraph}
          </p>
        ))}
        {meta.corrections.length > 0 && (
          <>
            <h3 className="mt-4 font-semibold">What the article got wrong</h3>
            <ol className="mt-2 space-y-3">
              {meta.corrections.map((c, i) => (
                <li key={i} className="print-break-avoid rounded border border-stone-200 p-3 text-sm dark:border-stone-700">
                  <p>
                    <strong>The article:</strong> {c.claim}
                  </p>
                  <p className="mt-1">
                    <strong>Established:</strong> {c.correction}
                  </p>
                  <p className="mt-1 text-stone-700 dark:text-stone-300">
                    Sources:{" "}
                    {c.sourceIds.map((id, j) => {
                      const source = lookup.sources.get(id);
                      return source ? (
                        <span key={id}>
                          {j > 0 && "; "}
                          <SourceCitation source={source} />
                        </span>
                      ) : null;
                    })}
                  </p>
                </li>
              ))}
            </ol>
          </>
        )}
        {meta.glossary.length > 0 && (
          <>
            <h3 className="mt-4 font-semibold">Glossary</h3>
            <dl className="mt-2 space-y-2 text-sm">
              {meta.glossary.map((g) => (
                <div key={g.term}>
                  <dt className="font-semibold">
                    {g.term}
                    {g.aliases.length > 0 && <span className="font-normal text-stone-700 dark:text-stone-300"> ({g.aliases.join(", ")})</span>}
                  </dt>
                  <dd className="ml-4">{g.definition}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </details>
    </section>
  );
}
