import type { Place } from "@/lib/content/schema";
import type { Locale } from "@/lib/i18n/locales";

// Places in northern Kosovo have an official name in each of Kosovo's two official languages,
// Albanian and Serbian (places.json "names"). A label never picks one of them silently:
//   - Albanian interface: the Albanian name first, then the Serbian one when it differs
//     ("Zveçan / Zvečan");
//   - Serbian interface: the Serbian name first, then the Albanian one ("Zvečan / Zveçan");
//   - English interface: the English name first (the unit's existing spelling). When it is one of
//     the official names the other follows ("Zvečan / Zveçan"); when it differs from both, both
//     follow in parentheses in the alphabetical order of their language codes, Albanian (sq) then
//     Serbian (sr): "Pristina (Prishtinë / Priština)".
// A name that both languages write the same is given once ("Zubin Potok", "Beograd"). A place
// without official names keeps its name (in a localized unit, the translation's name).

const unique = (names: readonly (string | undefined)[]) => [...new Set(names.filter((n): n is string => n !== undefined))];

export function placeLabel(place: Pick<Place, "name" | "names">, locale: Locale): string {
  const sq = place.names?.sq;
  const sr = place.names?.sr;
  if (locale === "sq") return unique([sq ?? place.name, sr]).join(" / ");
  if (locale === "sr-Latn") return unique([sr ?? place.name, sq]).join(" / ");
  const official = unique([sq, sr]);
  if (official.length === 0) return place.name;
  if (official.includes(place.name)) return unique([place.name, ...official]).join(" / ");
  // A place the two languages name alike but English names differently ("Belgrade", "Beograd").
  if (official.length === 1) return place.name;
  return `${place.name} (${official.join(" / ")})`;
}
