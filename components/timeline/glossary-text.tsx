import { markTerms, type GlossaryEntry } from "@/lib/timeline/glossary";

/**
 * Text with its glossary terms marked: each is a link to the term's entry in the unit's glossary
 * (so it works without JavaScript). No tooltip: a definition repeated at every use would weigh
 * down the page, and a tooltip is out of reach of keyboards and touch anyway.
 */
export function GlossaryText({
  text,
  entries,
  glossaryHref,
}: {
  text: string;
  entries: readonly GlossaryEntry[];
  glossaryHref: string;
}) {
  return (
    <>
      {markTerms(text, entries).map((piece, i) =>
        typeof piece === "string" ? (
          piece
        ) : (
          <a key={i} href={`${glossaryHref}#${piece.entry.id}`} className="term">
            {piece.text}
          </a>
        ),
      )}
    </>
  );
}
