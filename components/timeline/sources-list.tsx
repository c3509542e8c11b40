import type { Source } from "@/lib/content/schema";
import { formatIsoDay } from "@/lib/timeline/dates";

export function SourceCitation({ source }: { source: Source }) {
  const title = source.url ? (
    <a href={source.url} className="underline" rel="noopener noreferrer">
      {source.title}
    </a>
  ) : (
    <cite className="not-italic">{source.title}</cite>
  );
  return (
    <>
      {title}
      <span className="muted">
        {" "}
        — {source.publisher}, <time dateTime={source.date}>{formatIsoDay(source.date)}</time>
        {source.offline ? <> (not online: {source.offline})</> : null}
      </span>
    </>
  );
}

export function SourcesList({ sources, heading, headingLevel = "h4" }: { sources: Source[]; heading: string; headingLevel?: "h2" | "h4" }) {
  const Heading = headingLevel;
  return (
    <div className="mt-3">
      <Heading className="text-sm font-semibold">{heading}</Heading>
      <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
        {sources.map((source) => (
          <li key={source.id}>
            <SourceCitation source={source} />
          </li>
        ))}
      </ol>
    </div>
  );
}
