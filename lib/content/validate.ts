import { z } from "zod";
import {
  actorGroupSchema,
  actorSchema,
  eraSchema,
  placesFileSchema,
  eventSchema,
  questionSchema,
  sourceSchema,
  unitSchema,
  type Actor,
  type ActorGroup,
  type Era,
  type PlacesFile,
  type Question,
  type Source,
  type TimelineEvent,
  type UnitMeta,
} from "@/lib/content/schema";
import { chronologyQuestions, GENERATED_ID_PREFIX } from "@/lib/content/chronology";
import { absoluteWordIn, containsPhrase, isFiller, markedlyLonger } from "@/lib/content/item-quality";

/** One thing wrong with a unit's files. `file` is relative to the content folder, e.g. "my-unit/events.json". */
export type Problem = { file: string; path: string; message: string };

export const unitFileNames = ["unit.json", "actors.json", "sources.json", "events.json", "questions.json"] as const;
/** Files a unit may leave out: without places.json it has no map, without eras.json no bands on its axis. */
export const optionalUnitFileNames = ["places.json", "eras.json", "actor-groups.json"] as const;
type UnitFileName = (typeof unitFileNames)[number] | (typeof optionalUnitFileNames)[number];

/** The parsed JSON of a unit's files, before validation; optional files that are absent are undefined. */
export type RawUnit = Record<(typeof unitFileNames)[number], unknown> & Partial<Record<(typeof optionalUnitFileNames)[number], unknown>>;

/** A unit that passed every check; the loader adds the sort order and the content hash. */
export type ValidatedUnit = {
  meta: UnitMeta;
  actors: Actor[];
  sources: Source[];
  events: TimelineEvent[];
  questions: Question[];
  map?: PlacesFile;
  eras: Era[];
  actorGroups: ActorGroup[];
};

type PathPart = string | number | symbol;

export function formatPath(parts: readonly PathPart[]): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Items of an array file that passed their schema, with their index in the file so problems can point at them. */
type Indexed<T> = { index: number; value: T };

class ProblemList {
  readonly items: Problem[] = [];
  constructor(private readonly folder: string) {}

  add(file: UnitFileName, path: readonly PathPart[], message: string) {
    this.items.push({ file: `${this.folder}/${file}`, path: formatPath(path), message });
  }

  addZodError(file: UnitFileName, prefix: readonly PathPart[], error: z.ZodError) {
    for (const issue of error.issues) this.add(file, [...prefix, ...issue.path], issue.message);
  }
}

function parseArrayFile<T>(
  problems: ProblemList,
  file: UnitFileName,
  root: string,
  raw: unknown,
  schema: z.ZodType<T>,
): Indexed<T>[] {
  if (!Array.isArray(raw)) {
    problems.add(file, [root], "must be a JSON array");
    return [];
  }
  const parsed: Indexed<T>[] = [];
  raw.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) parsed.push({ index, value: result.data });
    else problems.addZodError(file, [root, index], result.error);
  });
  return parsed;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Why a YYYY, YYYY-MM or YYYY-MM-DD string names no real date, or undefined when it does. */
export function impossibleDateReason(date: string): string | undefined {
  const [yearText, monthText, dayText] = date.split("-");
  const year = Number(yearText);
  if (monthText === undefined) return undefined;
  const month = Number(monthText);
  if (month < 1 || month > 12) return `"${date}" is not a real date: month ${monthText} does not exist`;
  if (dayText === undefined) return undefined;
  const day = Number(dayText);
  const daysInMonth = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  if (day < 1 || day > daysInMonth) return `"${date}" is not a real date: ${yearText}-${monthText} has ${daysInMonth} days`;
  return undefined;
}

const precisionOfForm = (date: string) => (date.length === 4 ? "year" : date.length === 7 ? "month" : "day");

function checkDuplicateIds(problems: ProblemList, file: UnitFileName, root: string, items: Indexed<{ id: string }>[]) {
  const firstIndex = new Map<string, number>();
  for (const { index, value } of items) {
    const first = firstIndex.get(value.id);
    if (first === undefined) firstIndex.set(value.id, index);
    else problems.add(file, [root, index, "id"], `duplicate id "${value.id}" (first used at ${root}[${first}])`);
  }
}

function checkRefs(
  problems: ProblemList,
  file: UnitFileName,
  path: readonly PathPart[],
  ids: readonly string[],
  known: ReadonlySet<string>,
  kind: string,
  knownIn: UnitFileName,
) {
  ids.forEach((id, i) => {
    if (!known.has(id)) problems.add(file, [...path, i], `unknown ${kind} id "${id}" (not in ${knownIn})`);
  });
}

function checkIsoDay(problems: ProblemList, file: UnitFileName, path: readonly PathPart[], date: string) {
  const reason = impossibleDateReason(date);
  if (reason) problems.add(file, path, reason);
}

function checkOptions(
  problems: ProblemList,
  base: readonly PathPart[],
  key: "options" | "items",
  options: readonly { id: string; text: string }[],
) {
  const ids = new Map<string, number>();
  const texts = new Map<string, number>();
  options.forEach((option, i) => {
    const firstId = ids.get(option.id);
    if (firstId === undefined) ids.set(option.id, i);
    else problems.add("questions.json", [...base, key, i, "id"], `duplicate option id "${option.id}" (first used at ${key}[${firstId}])`);
    // Two options that read the same cannot be told apart by a learner, even with different ids.
    const text = option.text.trim().replace(/\s+/g, " ").toLowerCase();
    const firstText = texts.get(text);
    if (firstText === undefined) texts.set(text, i);
    else problems.add("questions.json", [...base, key, i, "text"], `duplicate option text "${option.text}" (same as ${key}[${firstText}])`);
  });
}

// Titles written by us instead of the publisher's: a student cannot find the document by them.
const placeholderTitle = /^(statements?|reports?|remarks|comments?|coverage) (on|about|regarding)\b|\((seed|source) article\b|supplied to eventline/i;

function checkSource(problems: ProblemList, index: number, source: Source) {
  const base = ["sources", index];
  checkIsoDay(problems, "sources.json", [...base, "date"], source.date);
  if (placeholderTitle.test(source.title)) {
    problems.add("sources.json", [...base, "title"], `"${source.title}" is a placeholder; give the title as published`);
  }
  if (source.url === undefined && source.offline === undefined) {
    problems.add("sources.json", [...base, "url"], "a source needs a url a student can open, or `offline` with the reason there is none");
  }
  if (source.url !== undefined && source.offline !== undefined) {
    problems.add("sources.json", [...base, "offline"], "a source with a url is not offline; remove one of the two");
  }
}

/** A report cannot predate what it reports: compared to the precision of the event's date. */
function checkSourceDates(
  problems: ProblemList,
  file: UnitFileName,
  path: readonly PathPart[],
  sourceIds: readonly string[],
  date: string,
  sourceDates: ReadonlyMap<string, string>,
  what: string,
) {
  sourceIds.forEach((id, i) => {
    const sourceDate = sourceDates.get(id);
    if (sourceDate !== undefined && sourceDate.slice(0, date.length) < date) {
      problems.add(file, [...path, i], `source "${id}" is dated ${sourceDate}, before the ${what} it supports (${date})`);
    }
  });
}

type OptionText = { id: string; text: string };

/**
 * The texts that are the one answer of a question written by hand, for the give-away check. The
 * options of a "select all that apply" question are not: they are actors (the European Parliament,
 * Kosovo's government) that every unit names again and again, and naming one elsewhere does not
 * tell which of them are correct.
 */
function answerTexts(question: Question): string[] {
  if (question.type === "single") return question.options.filter((o) => o.id === question.answer).map((o) => o.text);
  if (question.type === "short-answer") return question.accepted;
  return [];
}

function visibleTexts(question: Question): { key: "prompt" | "options" | "items"; index?: number; text: string }[] {
  const texts: { key: "prompt" | "options" | "items"; index?: number; text: string }[] = [{ key: "prompt", text: question.prompt }];
  if (question.type === "single" || question.type === "multiple") question.options.forEach((o, index) => texts.push({ key: "options", index, text: o.text }));
  if (question.type === "order") question.items.forEach((o, index) => texts.push({ key: "items", index, text: o.text }));
  return texts;
}

function checkOptionQuality(problems: ProblemList, base: readonly PathPart[], options: readonly OptionText[], correct: ReadonlySet<string>) {
  const right = options.filter((o) => correct.has(o.id));
  const wrong = options.filter((o) => !correct.has(o.id));
  const shortestRight = right.reduce<OptionText | undefined>((s, o) => (!s || o.text.length < s.text.length ? o : s), undefined);
  if (shortestRight && markedlyLonger(shortestRight.text, wrong.map((o) => o.text))) {
    const index = options.indexOf(shortestRight);
    problems.add("questions.json", [...base, "options", index, "text"], "the correct option is markedly longer than every distractor, which gives it away; balance the lengths");
  }
  options.forEach((option, index) => {
    if (isFiller(option.text)) {
      problems.add("questions.json", [...base, "options", index, "text"], `"${option.text}" is a "none of the above" style filler; write a plausible option`);
    } else if (!correct.has(option.id)) {
      const word = absoluteWordIn(option.text);
      if (word) problems.add("questions.json", [...base, "options", index, "text"], `distractor uses the absolute word "${word}", which marks it as wrong`);
    }
  });
}

function checkQuestion(problems: ProblemList, index: number, question: Question) {
  const base = ["questions", index];
  let optionIds: Set<string> | undefined;
  let correct = new Set<string>();

  if (question.type === "single" || question.type === "multiple") {
    checkOptions(problems, base, "options", question.options);
    optionIds = new Set(question.options.map((o) => o.id));
    if (question.type === "single") {
      correct = new Set([question.answer]);
      if (!optionIds.has(question.answer)) problems.add("questions.json", [...base, "answer"], `answer "${question.answer}" is not one of the option ids`);
    } else {
      correct = new Set(question.answers);
      const seen = new Set<string>();
      question.answers.forEach((answer, i) => {
        if (!optionIds?.has(answer)) problems.add("questions.json", [...base, "answers", i], `answer "${answer}" is not one of the option ids`);
        if (seen.has(answer)) problems.add("questions.json", [...base, "answers", i], `answer "${answer}" is listed twice`);
        seen.add(answer);
      });
      if (seen.size === question.options.length) problems.add("questions.json", [...base, "answers"], "every option is correct; a multiple-choice question needs at least one wrong option");
    }
  } else if (question.type === "order") {
    checkOptions(problems, base, "items", question.items);
  } else if (question.type === "true-false") {
    optionIds = new Set(["true", "false"]);
    correct = new Set([String(question.answer)]);
  }
  if (question.type === "single" || question.type === "multiple") checkOptionQuality(problems, base, question.options, correct);
  if (question.id.startsWith(GENERATED_ID_PREFIX)) problems.add("questions.json", [...base, "id"], `ids starting with "${GENERATED_ID_PREFIX}" are kept for questions generated from the timeline`);
  if (question.origin !== undefined) problems.add("questions.json", [...base, "origin"], "only generated questions have an origin; remove it");
  if (question.difficulty !== undefined) problems.add("questions.json", [...base, "difficulty"], "difficulty is set only on generated questions; remove it");

  for (const key of Object.keys(question.misconceptions)) {
    const path = [...base, "misconceptions", key];
    if (!optionIds) problems.add("questions.json", path, `misconceptions are keyed by wrong options; a ${question.type} question has none`);
    else if (!optionIds.has(key)) problems.add("questions.json", path, `misconception for "${key}", which is not an option of this question`);
    else if (correct.has(key)) problems.add("questions.json", path, `misconception for "${key}", which is a correct answer`);
  }
}

/**
 * A question drawn with another must not find its answer there: the answer text of each written
 * question (correct option, accepted answer) may not appear in another question's prompt or options.
 */
function checkGiveaways(
  problems: ProblemList,
  written: readonly Indexed<Question>[],
  generated: readonly Question[],
  events: readonly Indexed<TimelineEvent>[],
) {
  // Generated questions show nothing but event titles, so a hit there is reported on the title.
  const shownInGenerated = new Set(generated.flatMap((q) => q.eventIds));
  const titles = events.filter((e) => shownInGenerated.has(e.value.id));
  for (const { value: question } of written) {
    const message = (answer: string) => `gives away the answer "${answer}" of question "${question.id}"`;
    for (const answer of answerTexts(question)) {
      for (const { index, value: other } of written) {
        if (other.id === question.id) continue;
        const shown = visibleTexts(other).find((t) => containsPhrase(t.text, answer));
        if (!shown) continue;
        const path: PathPart[] = ["questions", index, shown.key];
        if (shown.index !== undefined) path.push(shown.index, "text");
        problems.add("questions.json", path, message(answer));
      }
      for (const { index, value: event } of titles) {
        if (containsPhrase(event.title, answer)) {
          problems.add("events.json", ["events", index, "title"], `shown in generated chronology questions, this title ${message(answer)}`);
        }
      }
    }
  }
}

/**
 * A place must lie inside the map's box so that it can be drawn; a place marked offMap must lie
 * outside it, since it is drawn as an arrow at the edge pointing its way.
 */
function checkPlaces(problems: ProblemList, map: PlacesFile) {
  const { west, south, east, north } = map.extent;
  const seen = new Map<string, number>();
  map.places.forEach((place, i) => {
    const first = seen.get(place.id);
    if (first !== undefined) problems.add("places.json", ["places", i, "id"], `duplicate id "${place.id}" (first used at places[${first}])`);
    else seen.set(place.id, i);
    const inside = place.lon >= west && place.lon <= east && place.lat >= south && place.lat <= north;
    const box = `${west}–${east}° E, ${south}–${north}° N`;
    if (!place.offMap && !inside) {
      problems.add("places.json", ["places", i], `"${place.name}" (${place.lon}, ${place.lat}) is outside the map's extent (${box}); move the extent or mark it "offMap": true`);
    }
    if (place.offMap && inside) {
      problems.add("places.json", ["places", i, "offMap"], `"${place.name}" is inside the map's extent (${box}), so it is drawn as a point, not an arrow`);
    }
  });
}

/**
 * Checks a unit's parsed files: each file against its schema, then what a schema cannot see
 * (references between files, duplicates, real dates, answer keys). `folder` is the unit's folder name.
 */
export function validateUnit(folder: string, raw: RawUnit): { unit?: ValidatedUnit; problems: Problem[] } {
  const problems = new ProblemList(folder);

  const metaResult = unitSchema.safeParse(raw["unit.json"]);
  if (!metaResult.success) problems.addZodError("unit.json", [], metaResult.error);
  const meta = metaResult.success ? metaResult.data : undefined;

  const actors = parseArrayFile(problems, "actors.json", "actors", raw["actors.json"], actorSchema);
  const sources = parseArrayFile(problems, "sources.json", "sources", raw["sources.json"], sourceSchema);
  const events = parseArrayFile(problems, "events.json", "events", raw["events.json"], eventSchema);
  const questions = parseArrayFile(problems, "questions.json", "questions", raw["questions.json"], questionSchema);

  const placesResult = raw["places.json"] === undefined ? undefined : placesFileSchema.safeParse(raw["places.json"]);
  if (placesResult && !placesResult.success) problems.addZodError("places.json", [], placesResult.error);
  const map = placesResult?.success ? placesResult.data : undefined;
  const eras = raw["eras.json"] === undefined ? [] : parseArrayFile(problems, "eras.json", "eras", raw["eras.json"], eraSchema);
  const actorGroups =
    raw["actor-groups.json"] === undefined ? [] : parseArrayFile(problems, "actor-groups.json", "groups", raw["actor-groups.json"], actorGroupSchema);

  checkDuplicateIds(problems, "actors.json", "actors", actors);
  checkDuplicateIds(problems, "sources.json", "sources", sources);
  checkDuplicateIds(problems, "events.json", "events", events);
  checkDuplicateIds(problems, "questions.json", "questions", questions);

  const actorIds = new Set(actors.map((a) => a.value.id));
  const sourceIds = new Set(sources.map((s) => s.value.id));
  const eventIds = new Set(events.map((e) => e.value.id));
  const placeIds = new Set(map?.places.map((p) => p.id) ?? []);

  if (map) checkPlaces(problems, map);
  for (const { index, value: era } of eras) {
    for (const key of ["from", "to"] as const) {
      const reason = impossibleDateReason(era[key]);
      if (reason) problems.add("eras.json", ["eras", index, key], reason);
    }
    if (era.to < era.from) problems.add("eras.json", ["eras", index, "to"], `ends (${era.to}) before it starts (${era.from})`);
  }
  checkDuplicateIds(problems, "eras.json", "eras", eras);
  checkDuplicateIds(problems, "actor-groups.json", "groups", actorGroups);
  const groupOf = new Map<string, string>();
  for (const { index, value: group } of actorGroups) {
    checkRefs(problems, "actor-groups.json", ["groups", index, "actors"], group.actors, actorIds, "actor", "actors.json");
    group.actors.forEach((id, i) => {
      const other = groupOf.get(id);
      if (other !== undefined) problems.add("actor-groups.json", ["groups", index, "actors", i], `actor "${id}" is already in the group "${other}"`);
      else groupOf.set(id, group.id);
    });
  }

  if (meta) {
    if (meta.slug !== folder) problems.add("unit.json", ["slug"], `slug "${meta.slug}" does not match the folder name "${folder}"`);
    checkIsoDay(problems, "unit.json", ["asOf"], meta.asOf);
    checkIsoDay(problems, "unit.json", ["article", "date"], meta.article.date);
    const articleSource = sources.find((s) => s.value.id === meta.article.sourceId);
    if (!articleSource) problems.add("unit.json", ["article", "sourceId"], `unknown source id "${meta.article.sourceId}" (not in sources.json)`);
    else if (articleSource.value.kind !== "article") problems.add("unit.json", ["article", "sourceId"], `source "${meta.article.sourceId}" must be of kind "article"`);
    meta.corrections.forEach((correction, i) =>
      checkRefs(problems, "unit.json", ["corrections", i, "sourceIds"], correction.sourceIds, sourceIds, "source", "sources.json"),
    );
  }

  for (const { index, value: source } of sources) checkSource(problems, index, source);
  const sourceDates = new Map(sources.map((s) => [s.value.id, s.value.date]));

  for (const { index, value: event } of events) {
    const base = ["events", index];
    const reason = impossibleDateReason(event.date);
    if (reason) problems.add("events.json", [...base, "date"], reason);
    const form = precisionOfForm(event.date);
    if (form !== event.precision) problems.add("events.json", [...base, "precision"], `precision "${event.precision}" does not match the date "${event.date}", which is written to the ${form}`);
    if (event.time !== undefined) {
      const [hours, minutes] = event.time.split(":").map(Number);
      if ((hours ?? 0) > 23 || (minutes ?? 0) > 59) problems.add("events.json", [...base, "time"], `"${event.time}" is not a real time of day`);
      if (event.precision !== "day") problems.add("events.json", [...base, "time"], "a time needs a date given to the day");
    }
    checkRefs(problems, "events.json", [...base, "actors"], event.actors, actorIds, "actor", "actors.json");
    checkRefs(problems, "events.json", [...base, "sourceIds"], event.sourceIds, sourceIds, "source", "sources.json");
    checkSourceDates(problems, "events.json", [...base, "sourceIds"], event.sourceIds, event.date, sourceDates, "event");
    if (event.places) checkRefs(problems, "events.json", [...base, "places"], event.places, placeIds, "place", "places.json");
    event.claims.forEach((claim, i) => {
      if (!actorIds.has(claim.by)) problems.add("events.json", [...base, "claims", i, "by"], `unknown actor id "${claim.by}" (not in actors.json)`);
      checkIsoDay(problems, "events.json", [...base, "claims", i, "date"], claim.date);
      checkRefs(problems, "events.json", [...base, "claims", i, "sourceIds"], claim.sourceIds, sourceIds, "source", "sources.json");
      checkSourceDates(problems, "events.json", [...base, "claims", i, "sourceIds"], claim.sourceIds, claim.date, sourceDates, "claim");
    });
  }

  for (const { index, value: question } of questions) {
    checkRefs(problems, "questions.json", ["questions", index, "eventIds"], question.eventIds, eventIds, "event", "events.json");
    checkRefs(problems, "questions.json", ["questions", index, "sourceIds"], question.sourceIds, sourceIds, "source", "sources.json");
    checkQuestion(problems, index, question);
  }

  if (problems.items.length > 0 || !meta) return { problems: problems.items };

  // The quiz draws from the written and the generated questions together, so the give-away
  // check looks at both: a generated item shows event titles that could answer a written one.
  const generated = chronologyQuestions(events.map((e) => e.value));
  checkGiveaways(problems, questions, generated, events);
  if (problems.items.length > 0) return { problems: problems.items };
  return {
    unit: {
      meta,
      actors: actors.map((a) => a.value),
      sources: sources.map((s) => s.value),
      events: events.map((e) => e.value),
      questions: [...questions.map((q) => q.value), ...generated],
      map,
      eras: eras.map((e) => e.value),
      actorGroups: actorGroups.map((g) => g.value),
    },
    problems: [],
  };
}
