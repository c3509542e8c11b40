import type { Unit } from "@/lib/content/schema";
import { checkTranslation, localeOfFile, unknownFileProblem } from "@/lib/content/translations";
import { validateUnit, type Problem } from "@/lib/content/validate";

/**
 * A unit document checked as its content files would be (the same checks and messages, named by
 * the file each part comes from). The generated chronology questions are made again, not read.
 */
export function checkUnitDocument(unit: Unit): Problem[] {
  const folder = unit.meta?.slug ?? "";
  const result = validateUnit(folder, {
    "unit.json": unit.meta,
    "actors.json": unit.actors,
    "sources.json": unit.sources,
    "events.json": unit.events,
    "questions.json": Array.isArray(unit.questions) ? unit.questions.filter((q) => q.origin !== "timeline") : unit.questions,
    ...(unit.map === undefined ? {} : { "places.json": unit.map }),
    "eras.json": unit.eras ?? [],
    "actor-groups.json": unit.actorGroups ?? [],
  });
  if (!result.unit) return result.problems;
  const validated = result.unit;
  // A document's translations are named by locale, as content files are by file name: the same
  // check of the name, so an unknown language is a problem, never a translation taken on trust.
  return Object.entries(unit.translations ?? {}).flatMap(([name, translation]) => {
    const locale = localeOfFile(`${name}.json`);
    return locale ? checkTranslation(folder, locale, translation, validated).problems : [unknownFileProblem(folder, `${name}.json`)];
  });
}
