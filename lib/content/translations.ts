import type { Question } from "@/lib/content/schema";
import {
  translatedLocales,
  translationFileSchema,
  type TranslatedLocale,
  type UnitTranslation,
  type UnitTranslations,
} from "@/lib/content/translation-schema";
import { droppedAttribution, droppedNames, numberDifference } from "@/lib/content/translation-text";
import { formatPath, type Problem, type ValidatedUnit } from "@/lib/content/validate";

// Checks a unit's translations/<locale>.json against its English files: the same ids and counts,
// no key too many, and in every text the same numbers, the same people and the same speakers.

type PathPart = string | number;

export const TRANSLATIONS_DIR = "translations";

/** The locale a translation file is named for ("sq.json" -> "sq"), or undefined for any other name. */
export function localeOfFile(fileName: string): TranslatedLocale | undefined {
  const match = /^(.+)\.json$/.exec(fileName);
  return translatedLocales.find((locale) => locale === match?.[1]);
}

export function unknownFileProblem(folder: string, fileName: string): Problem {
  return {
    file: `${folder}/${TRANSLATIONS_DIR}/${fileName}`,
    path: "",
    message: `not a translation file: name it <locale>.json with a locale of ${translatedLocales.join(", ")} (English is the unit's own files)`,
  };
}

class Checker {
  readonly problems: Problem[] = [];
  private readonly file: string;
  private readonly personNames: string[];

  constructor(
    folder: string,
    locale: TranslatedLocale,
    private readonly unit: ValidatedUnit,
    private readonly translation: UnitTranslation,
  ) {
    this.file = `${folder}/${TRANSLATIONS_DIR}/${locale}.json`;
    this.personNames = unit.actors.filter((a) => a.person).map((a) => a.name);
  }

  add(path: readonly PathPart[], message: string) {
    this.problems.push({ file: this.file, path: formatPath(path), message });
  }

  /** Every English id has a translation and the translation has no other id. */
  sameKeys(path: readonly PathPart[], english: readonly string[], translated: Record<string, unknown> | undefined, englishFile: string) {
    const given = translated ?? {};
    for (const id of english) if (!(id in given)) this.add([...path, id], `missing: "${id}" of ${englishFile} has no translation`);
    const known = new Set(english);
    for (const id of Object.keys(given)) if (!known.has(id)) this.add([...path, id], `extra key: "${id}" is not an id in ${englishFile}`);
  }

  sameCount(path: readonly PathPart[], english: readonly unknown[], translated: readonly unknown[], what: string) {
    if (english.length !== translated.length) {
      this.add(path, `count mismatch: the English has ${english.length} ${what}, the translation ${translated.length}; keep the same count and order`);
    }
  }

  /** A field the translation must have exactly when the English has it. */
  presentIff(path: readonly PathPart[], english: unknown, translated: unknown) {
    if (english !== undefined && translated === undefined) this.add(path, "missing: the English has this field");
    if (english === undefined && translated !== undefined) this.add(path, "extra key: the English has no such field");
  }

  /** The checks of one translated text against its English text. */
  text(path: readonly PathPart[], english: string | undefined, translated: string | undefined) {
    if (english === undefined || translated === undefined) return;
    const { missing, added } = numberDifference(english, translated);
    if (missing.length > 0 || added.length > 0) {
      const parts = [missing.length > 0 ? `missing ${missing.join(", ")}` : "", added.length > 0 ? `added ${added.join(", ")}` : ""];
      this.add(path, `numbers differ from the English text: ${parts.filter(Boolean).join("; ")}`);
    }
    const dropped = droppedNames(english, translated, this.personNames);
    if (dropped.length > 0) {
      this.add(path, `name dropped: the English text names ${dropped.join(", ")}; keep the name as written (a declined form such as "${dropped[0]}it" or "${dropped[0]}a" is fine)`);
    }
  }

  run() {
    const { unit: meta, actors, actorGroups, eras, places, events, questions } = this.translation;
    const english = this.unit;

    this.text(["unit", "title"], english.meta.title, meta.title);
    this.text(["unit", "summary"], english.meta.summary, meta.summary);
    this.sameCount(["unit", "about"], english.meta.about, meta.about, "paragraphs");
    meta.about.forEach((text, i) => this.text(["unit", "about", i], english.meta.about[i], text));
    this.sameCount(["unit", "corrections"], english.meta.corrections, meta.corrections, "corrections");
    meta.corrections.forEach((c, i) => {
      this.text(["unit", "corrections", i, "claim"], english.meta.corrections[i]?.claim, c.claim);
      this.text(["unit", "corrections", i, "correction"], english.meta.corrections[i]?.correction, c.correction);
    });
    this.sameCount(["unit", "glossary"], english.meta.glossary, meta.glossary, "glossary terms");
    meta.glossary.forEach((g, i) => {
      this.text(["unit", "glossary", i, "term"], english.meta.glossary[i]?.term, g.term);
      this.text(["unit", "glossary", i, "definition"], english.meta.glossary[i]?.definition, g.definition);
    });

    this.sameKeys(["actors"], english.actors.map((a) => a.id), actors, "actors.json");
    for (const actor of english.actors) {
      const t = actors[actor.id];
      this.text(["actors", actor.id, "name"], actor.name, t?.name);
      this.text(["actors", actor.id, "role"], actor.role, t?.role);
    }
    this.sameKeys(["actorGroups"], english.actorGroups.map((g) => g.id), actorGroups, "actor-groups.json");
    for (const group of english.actorGroups) this.text(["actorGroups", group.id, "name"], group.name, actorGroups[group.id]?.name);
    this.sameKeys(["eras"], english.eras.map((e) => e.id), eras, "eras.json");
    for (const era of english.eras) this.text(["eras", era.id, "title"], era.title, eras[era.id]?.title);

    if (english.map) {
      if (!places) this.add(["places"], "missing: the unit has places.json, so its place names need a translation");
      this.presentIff(["places", "boundaryLabel"], english.map.boundaryLabel, places?.boundaryLabel);
      this.text(["places", "boundaryLabel"], english.map.boundaryLabel, places?.boundaryLabel);
      this.sameKeys(["places", "places"], english.map.places.map((p) => p.id), places?.places, "places.json");
      for (const place of english.map.places) this.text(["places", "places", place.id, "name"], place.name, places?.places[place.id]?.name);
    } else if (places) {
      this.add(["places"], "extra key: the unit has no places.json");
    }

    this.sameKeys(["events"], english.events.map((e) => e.id), events, "events.json");
    for (const event of english.events) {
      const t = events[event.id];
      if (!t) continue;
      const path = ["events", event.id];
      this.text([...path, "title"], event.title, t.title);
      this.text([...path, "summary"], event.summary, t.summary);
      this.presentIff([...path, "place"], event.place, t.place);
      this.text([...path, "place"], event.place, t.place);
      this.presentIff([...path, "articleQuote"], event.articleQuote, t.articleQuote);
      this.text([...path, "articleQuote"], event.articleQuote, t.articleQuote);
      this.sameCount([...path, "claims"], event.claims, t.claims, "claims");
      t.claims.forEach((text, i) => {
        const claim = event.claims[i];
        if (!claim) return;
        this.text([...path, "claims", i], claim.text, text);
        const actor = english.actors.find((a) => a.id === claim.by);
        const speaker = {
          englishName: actor?.name ?? claim.by,
          englishRole: actor?.role ?? "",
          name: actors[claim.by]?.name ?? actor?.name ?? claim.by,
          role: actors[claim.by]?.role ?? "",
        };
        const reason = droppedAttribution(claim.text, text, speaker);
        if (reason) this.add([...path, "claims", i], `attribution dropped: ${reason}`);
      });
    }

    const written = english.questions.filter((q) => q.origin === undefined);
    this.sameKeys(["questions"], written.map((q) => q.id), questions, "questions.json");
    for (const question of written) this.question(question);
  }

  private question(question: Question) {
    const t = this.translation.questions[question.id];
    if (!t) return;
    const path = ["questions", question.id];
    this.text([...path, "prompt"], question.prompt, t.prompt);
    this.text([...path, "explanation"], question.explanation, t.explanation);

    const choices = question.type === "single" || question.type === "multiple" ? question.options : undefined;
    this.presentIff([...path, "options"], choices, t.options);
    if (choices && t.options) {
      this.sameKeys([...path, "options"], choices.map((o) => o.id), t.options, `the options of question "${question.id}"`);
      for (const o of choices) this.text([...path, "options", o.id], o.text, t.options[o.id]);
    }
    const items = question.type === "order" ? question.items : undefined;
    this.presentIff([...path, "items"], items, t.items);
    if (items && t.items) {
      this.sameKeys([...path, "items"], items.map((o) => o.id), t.items, `the items of question "${question.id}"`);
      for (const o of items) this.text([...path, "items", o.id], o.text, t.items[o.id]);
    }
    this.presentIff([...path, "accepted"], question.type === "short-answer" ? question.accepted : undefined, t.accepted);

    const notes = Object.keys(question.misconceptions);
    if (notes.length > 0 || t.misconceptions !== undefined) {
      this.sameKeys([...path, "misconceptions"], notes, t.misconceptions, `the misconceptions of question "${question.id}"`);
      for (const key of notes) this.text([...path, "misconceptions", key], question.misconceptions[key], t.misconceptions?.[key]);
    }
  }
}

/** Checks one parsed translation file of a unit that passed its own checks. */
export function checkTranslation(
  folder: string,
  locale: TranslatedLocale,
  raw: unknown,
  unit: ValidatedUnit,
): { translation?: UnitTranslation; problems: Problem[] } {
  const file = `${folder}/${TRANSLATIONS_DIR}/${locale}.json`;
  const parsed = translationFileSchema.safeParse(raw);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => ({ file, path: formatPath(issue.path as PathPart[]), message: issue.message })) };
  }
  if (parsed.data.locale !== locale) {
    return { problems: [{ file, path: "locale", message: `says "${parsed.data.locale}" but the file is named for "${locale}"` }] };
  }
  const translation = { ...parsed.data, locale };
  const checker = new Checker(folder, locale, unit, translation);
  checker.run();
  return checker.problems.length > 0 ? { problems: checker.problems } : { translation, problems: [] };
}

/**
 * Short answers are graded against every language's accepted answers, so that a student who
 * switches language can answer "Banjska" or "Banjskë". English answers come first.
 */
export function withAcceptedAnswersOfAllLanguages(questions: readonly Question[], translations: UnitTranslations): Question[] {
  return questions.map((question) => {
    if (question.type !== "short-answer") return question;
    const accepted = translatedLocales.flatMap((locale) => translations[locale]?.questions[question.id]?.accepted ?? []);
    if (accepted.length === 0) return question;
    return { ...question, accepted: [...new Set([...question.accepted, ...accepted])] };
  });
}
