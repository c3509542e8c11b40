import type { UnitMeta } from "@/lib/content/schema";

// Glossary terms are marked where the text uses them, so a student meets the definition at the
// word instead of in a panel at the top. Matching is case-sensitive ("NATO", not "nato" inside a
// word) on whole words, longest name first, and each term is marked once per text.

export type GlossaryEntry = { id: string; term: string; definition: string; names: string[] };
export type TextPiece = string | { text: string; entry: GlossaryEntry };

/** "Banjskë" -> "glossary-banjske": accents folded so that Albanian and Serbian terms keep readable anchors. */
export function glossaryAnchor(term: string): string {
  const folded = term
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d");
  return `glossary-${folded.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

export function glossaryEntries(glossary: UnitMeta["glossary"]): GlossaryEntry[] {
  return glossary.map((g) => ({
    id: glossaryAnchor(g.term),
    term: g.term,
    definition: g.definition,
    // A term written with a slash ("Border / administrative line") is found by its aliases.
    names: [...(g.term.includes("/") ? [] : [g.term]), ...g.aliases],
  }));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function markTerms(text: string, entries: readonly GlossaryEntry[]): TextPiece[] {
  const byName = new Map<string, GlossaryEntry>();
  for (const entry of entries) for (const name of entry.names) if (!byName.has(name)) byName.set(name, entry);
  if (byName.size === 0) return [text];
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const pieces: TextPiece[] = [];
  const used = new Set<string>();
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const entry = byName.get(match[0])!;
    if (used.has(entry.id)) continue;
    used.add(entry.id);
    if (match.index > last) pieces.push(text.slice(last, match.index));
    pieces.push({ text: match[0], entry });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

/**
 * The start of a text, cut at a word boundary to at most `max` characters with an ellipsis: a
 * compact card shows two lines of the summary and the event's page shows it whole.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}
