import type { Source } from "@/lib/content/schema";
import { formatIsoDay } from "@/lib/timeline/dates";
import type { Speech } from "@/components/timeline/translate";

/** A source's language in the reader's words ("Serbian", "serbisht", "srpski"): sources are cited as published. */
function languageName(language: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(language) ?? language;
  } catch {
    return language;
  }
}

export function SourceCitation({ source, t, locale }: { source: Source } & Speech) {
  const title = source.url ? (
    <a
      href={source.url}
      className="underline"
      rel="noopener noreferrer"
      lang={source.language}
      hrefLang={source.language}
    >
      {source.title}
    </a>
  ) : (
    <cite className="not-italic" lang={source.language}>
      {source.title}
    </cite>
  );
  return (
    <>
      {title}
      <span className="muted">
        {" "}
        — {source.publisher}, <time dateTime={source.date}>{formatIsoDay(source.date, locale)}</time> (
        {languageName(source.language, locale)})
        {source.offline ? ` ${t("source.offline", { reason: source.offline })}` : null}
      </span>
    </>
  );
}

export function SourcesList({
  sources,
  heading,
  headingLevel = "h4",
  t,
  locale,
}: { sources: Source[]; heading: string; headingLevel?: "h2" | "h4" } & Speech) {
  const Heading = headingLevel;
  return (
    <div className="mt-3">
      <Heading className="text-sm font-semibold">{heading}</Heading>
      <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
        {sources.map((source) => (
          <li key={source.id}>
            <SourceCitation source={source} t={t} locale={locale} />
          </li>
        ))}
      </ol>
    </div>
  );
}
