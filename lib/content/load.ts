import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "@/lib/env";
import type { TimelineEvent, Unit } from "@/lib/content/schema";
import { CHRONOLOGY_VERSION } from "@/lib/content/chronology";
import { optionalUnitFileNames, unitFileNames, validateUnit, type Problem, type RawUnit } from "@/lib/content/validate";

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

  const events = result.unit.events
    .map((event, index) => ({ event, index }))
    .sort(compareEvents)
    .map(({ event }) => event);
  return { unit: { ...result.unit, events, contentHash: hash.digest("hex") }, problems: [] };
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

// Content files do not change while the app runs, so they are read and validated once per process.
let cache: { units: Unit[]; bySlug: Map<string, Unit> } | undefined;

function loadCached() {
  if (!cache) {
    const { units, problems } = loadContent();
    if (problems.length > 0) throw new Error(`Invalid content:\n${formatProblems(problems)}`);
    const sorted = [...units].sort((a, b) => a.meta.title.localeCompare(b.meta.title, "en"));
    cache = { units: sorted, bySlug: new Map(sorted.map((unit) => [unit.meta.slug, unit])) };
  }
  return cache;
}

/** Every unit, sorted by title. Throws with every problem listed if any content file is invalid. */
export function getUnits(): Unit[] {
  return loadCached().units;
}

export function getUnit(slug: string): Unit | undefined {
  return loadCached().bySlug.get(slug);
}
