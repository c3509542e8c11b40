import { markTerms, type GlossaryEntry } from "@/lib/timeline/glossary";

/**
 * Text with its glossary terms marked: each is a link to the term's entry in the unit's glossary
 * (so it works without JavaScript), with the definition as a tooltip for a pointer.
 */
export function GlossaryText({ text, entries, glossaryHref }: { text: string; entries: readonly GlossaryEntry[]; glossaryHref: string }) {
  return (
    <>
      {markTerms(text, entries).map((piece, i) =>
        typeof piece === "string" ? (
          piece
        ) : (
          <a key={i} href={`${glossaryHref}#${piece.entry.id}`} title={piece.entry.definition} className="underline decoration-dotted decoration-2 underline-offset-2">
            {piece.text}
          </a>
        ),
      )}
    </>
  );
}
