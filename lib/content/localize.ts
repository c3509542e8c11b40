import { chronologyQuestions } from "@/lib/content/chronology";
import type { Question, Unit } from "@/lib/content/schema";
import type { QuestionTranslation, Review, UnitTranslation } from "@/lib/content/translation-schema";
import type { Locale } from "@/lib/i18n/locales";

// A unit in an interface language: the same Unit shape with every translated text in place, so
// that pages and the quiz use it as they use the English unit. Ids, dates, sources and numbers are
// the English files'; a unit with no translation into the language is returned in English, and
// translationInfo says so for the page to tell the reader.

function translationOf(unit: Unit, locale: Locale): UnitTranslation | undefined {
  return locale === "en" ? undefined : unit.translations?.[locale];
}

export type TranslationInfo = {
  /** False when the unit is shown in English because it has no translation into `locale`. */
  available: boolean;
  review?: Review;
};

export function translationInfo(unit: Unit, locale: Locale): TranslationInfo {
  if (locale === "en") return { available: true };
  const translation = translationOf(unit, locale);
  return translation ? { available: true, review: translation.review } : { available: false };
}

/** The accepted answers of a short-answer question with this language's own answers first. */
function acceptedFirst(accepted: readonly string[], own: readonly string[] | undefined): string[] {
  return [...new Set([...(own ?? []), ...accepted])];
}

/** Each misconception of `question` in the words of `from`, keyed as in `question`. */
function notesFor(question: Question, from: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(question.misconceptions).map(([id, text]) => [id, from?.[id] ?? text]));
}

function applyQuestion(question: Question, t: QuestionTranslation | undefined): Question {
  if (!t) return question;
  const texts = { prompt: t.prompt, explanation: t.explanation, misconceptions: notesFor(question, t.misconceptions) };
  switch (question.type) {
    case "single":
    case "multiple":
      return { ...question, ...texts, options: question.options.map((o) => ({ ...o, text: t.options?.[o.id] ?? o.text })) };
    case "order":
      return { ...question, ...texts, items: question.items.map((o) => ({ ...o, text: t.items?.[o.id] ?? o.text })) };
    case "short-answer":
      return { ...question, ...texts, accepted: acceptedFirst(question.accepted, t.accepted) };
    case "true-false":
      return { ...question, ...texts };
  }
}

function translate(unit: Unit, locale: Locale, t: UnitTranslation): Unit {
  const titles = new Map(unit.events.map((e) => [e.id, t.events[e.id]?.title ?? e.title]));
  const generated = new Map(
    chronologyQuestions(unit.events, locale, (event) => titles.get(event.id) ?? event.title).map((q) => [q.id, q]),
  );
  return {
    ...unit,
    meta: {
      ...unit.meta,
      language: locale,
      title: t.unit.title,
      summary: t.unit.summary,
      about: t.unit.about,
      corrections: unit.meta.corrections.map((c, i) => ({ ...c, ...t.unit.corrections[i] })),
      glossary: unit.meta.glossary.map((g, i) => ({ ...g, ...t.unit.glossary[i] })),
    },
    actors: unit.actors.map((a) => ({ ...a, ...t.actors[a.id] })),
    actorGroups: unit.actorGroups.map((g) => ({ ...g, ...t.actorGroups[g.id] })),
    eras: unit.eras.map((e) => ({ ...e, ...t.eras[e.id] })),
    map: unit.map && {
      ...unit.map,
      boundaryLabel: t.places?.boundaryLabel ?? unit.map.boundaryLabel,
      places: unit.map.places.map((p) => ({ ...p, name: t.places?.places[p.id]?.name ?? p.name })),
    },
    events: unit.events.map((e) => {
      const te = t.events[e.id];
      if (!te) return e;
      return {
        ...e,
        title: te.title,
        summary: te.summary,
        place: te.place ?? e.place,
        articleQuote: te.articleQuote ?? e.articleQuote,
        claims: e.claims.map((c, i) => ({ ...c, text: te.claims[i] ?? c.text })),
      };
    }),
    questions: unit.questions.map((q) => (q.origin === "timeline" ? (generated.get(q.id) ?? q) : applyQuestion(q, t.questions[q.id]))),
  };
}

const localized = new WeakMap<Unit, Map<Locale, Unit>>();

/**
 * The unit with every translated field in `locale`, memoized per unit and language. Without a
 * translation into `locale` (and for English) the unit itself is returned.
 */
export function localizeUnit(unit: Unit, locale: Locale): Unit {
  const t = translationOf(unit, locale);
  if (!t) return unit;
  let byLocale = localized.get(unit);
  if (!byLocale) {
    byLocale = new Map();
    localized.set(unit, byLocale);
  }
  let result = byLocale.get(locale);
  if (!result) {
    result = translate(unit, locale, t);
    byLocale.set(locale, result);
  }
  return result;
}

/**
 * A question as stored with an attempt (the version the learner was shown), in `locale`: its texts
 * are taken from the localized unit by question and option id, and any text the unit no longer has
 * stays as stored. The answer key is the stored one.
 */
export function localizeQuestion(question: Question, unit: Unit, locale: Locale): Question {
  // A version's questions are parsed once (lib/content/store.ts) and units localized once, so a class
  // answering in one language asks for the same few questions over and over.
  const target = localizeUnit(unit, locale);
  let byLocale = localizedQuestions.get(question);
  if (!byLocale) {
    byLocale = new Map();
    localizedQuestions.set(question, byLocale);
  }
  const known = byLocale.get(locale);
  if (known?.unit === target) return known.question;
  const result = translateQuestion(question, target);
  byLocale.set(locale, { unit: target, question: result });
  return result;
}

const localizedQuestions = new WeakMap<Question, Map<Locale, { unit: Unit; question: Question }>>();

function translateQuestion(question: Question, localizedUnit: Unit): Question {
  const current = localizedUnit.questions.find((q) => q.id === question.id);
  if (!current || current === question || current.type !== question.type) return question;
  const textOf = (list: readonly { id: string; text: string }[], id: string, fallback: string) => list.find((o) => o.id === id)?.text ?? fallback;
  const texts = { prompt: current.prompt, explanation: current.explanation, misconceptions: notesFor(question, current.misconceptions) };
  if ((question.type === "single" || question.type === "multiple") && (current.type === "single" || current.type === "multiple")) {
    return { ...question, ...texts, options: question.options.map((o) => ({ ...o, text: textOf(current.options, o.id, o.text) })) };
  }
  if (question.type === "order" && current.type === "order") {
    return { ...question, ...texts, items: question.items.map((o) => ({ ...o, text: textOf(current.items, o.id, o.text) })) };
  }
  if (question.type === "short-answer" && current.type === "short-answer") {
    return { ...question, ...texts, accepted: acceptedFirst(question.accepted, current.accepted) };
  }
  return { ...question, ...texts };
}
