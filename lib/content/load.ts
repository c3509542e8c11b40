import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "@/lib/env";
import type { TimelineEvent, Unit } from "@/lib/content/schema";
import { CHRONOLOGY_VERSION } from "@/lib/content/chronology";
import type { UnitTranslations } from "@/lib/content/translation-schema";
import { checkTranslation, localeOfFile, TRANSLATIONS_DIR, unknownFileProblem, withAcceptedAnswersOfAllLanguages } from "@/lib/content/translations";
import {
  optionalUnitFileNames,
  unitFileNames,
  validateUnit,
  type Problem,
  type RawUnit,
  type ValidatedUnit,
} from "@/lib/content/validate";

export type { Problem } from "@/lib/content/validate";

/** One line per problem: "content/<unit>/<file>: <path>: <message>". */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => [p.file ? `content/${p.file}` : "content", p.path, p.message].filter((part) => part !== "").join(": "))
    .join("\n");
}

// An event with a known time is placed before the untimed events of the same date: times are
// given where the exact moment matters (an attack before dawn), so it usually opens the day.
function compareEvents(a: { event: TimelineEvent; index: number }, b: { event: TimelineEvent; index: number }): number {
  if (a.event.date !== b.event.date) return a.event.date < b.event.date ? -1 : 1;
  const timeA = a.event.time ?? "99:99";
  const timeB = b.event.time ?? "99:99";
  if (timeA !== timeB) return timeA < timeB ? -1 : 1;
  return a.index - b.index;
}

export function loadUnitFromDir(dir: string): { unit?: Unit; problems: Problem[] } {
  const folder = path.basename(dir);
  const problems: Problem[] = [];
  const raw: Partial<RawUnit> = {};
  const hash = crypto.createHash("sha256");
  // Generated chronology questions are part of the unit: a new generator must reload it too.
  hash.update(`chronology\0${CHRONOLOGY_VERSION}\0`);

  for (const file of unitFileNames) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(/*turbopackIgnore: true*/ dir, file));
    } catch {
      problems.push({ file: `${folder}/${file}`, path: "", message: "file is missing or cannot be read" });
      continue;
    }
    // The name and length go into the hash too, so moving bytes from one file to the next changes it.
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
    try {
      raw[file] = JSON.parse(bytes.toString("utf8"));
    } catch (error) {
      problems.push({ file: `${folder}/${file}`, path: "", message: `invalid JSON: ${(error as Error).message}` });
    }
  }
  for (const file of optionalUnitFileNames) {
    const filePath = path.join(/*turbopackIgnore: true*/ dir, file);
    if (!fs.existsSync(filePath)) continue;
    const bytes = fs.readFileSync(filePath);
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
    try {
      raw[file] = JSON.parse(bytes.toString("utf8"));
    } catch (error) {
      problems.push({ file: `${folder}/${file}`, path: "", message: `invalid JSON: ${(error as Error).message}` });
    }
  }
  if (problems.length > 0) return { problems };

  const result = validateUnit(folder, raw as RawUnit);
  if (!result.unit) return { problems: result.problems };
  const translated = loadTranslations(dir, result.unit, hash);
  if (translated.problems.length > 0) return { problems: translated.problems };
  const { translations } = translated;

  const events = result.unit.events
    .map((event, index) => ({ event, index }))
    .sort(compareEvents)
    .map(({ event }) => event);
  const questions = withAcceptedAnswersOfAllLanguages(result.unit.questions, translations);
  const unit: Unit = { ...result.unit, events, questions, contentHash: hash.digest("hex") };
  if (Object.keys(translations).length > 0) unit.translations = translations;
  return { unit, problems: [] };
}

/**
 * The unit's translations/<locale>.json files, each checked against the English files. A unit
 * without a translations folder is valid: the interface falls back to English and says so.
 */
function loadTranslations(dir: string, unit: ValidatedUnit, hash: crypto.Hash): { translations: UnitTranslations; problems: Problem[] } {
  const folder = path.basename(dir);
  const translationsDir = path.join(/*turbopackIgnore: true*/ dir, TRANSLATIONS_DIR);
  const translations: UnitTranslations = {};
  const problems: Problem[] = [];
  if (!fs.existsSync(translationsDir)) return { translations, problems };
  const names = fs.readdirSync(translationsDir).filter((name) => !name.startsWith(".")).sort();
  for (const name of names) {
    const locale = localeOfFile(name);
    if (!locale) {
      problems.push(unknownFileProblem(folder, name));
      continue;
    }
    const bytes = fs.readFileSync(path.join(/*turbopackIgnore: true*/ translationsDir, name));
    hash.update(`${TRANSLATIONS_DIR}/${name}\0${bytes.length}\0`).update(bytes);
    let raw: unknown;
    try {
      raw = JSON.parse(bytes.toString("utf8"));
    } catch (error) {
      problems.push({ file: `${folder}/${TRANSLATIONS_DIR}/${name}`, path: "", message: `invalid JSON: ${(error as Error).message}` });
      continue;
    }
    const checked = checkTranslation(folder, locale, raw, unit);
    problems.push(...checked.problems);
    if (checked.translation) translations[locale] = checked.translation;
  }
  return { translations, problems };
}

export function loadContent(contentDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), parseEnv().CONTENT_DIR)): {
  units: Unit[];
  problems: Problem[];
} {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(contentDir, { withFileTypes: true });
  } catch {
    return { units: [], problems: [{ file: "", path: "", message: `content folder "${contentDir}" cannot be read` }] };
  }
  const units: Unit[] = [];
  const problems: Problem[] = [];
  const folders = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
  for (const folder of folders) {
    const result = loadUnitFromDir(path.join(/*turbopackIgnore: true*/ contentDir, folder));
    if (result.unit) units.push(result.unit);
    problems.push(...result.problems);
  }
  return { units, problems };
}
