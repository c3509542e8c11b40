import "server-only";
import type { Question, Unit } from "@/lib/content/schema";
import { getUnits } from "@/lib/content/store";
import type { Db } from "@/lib/db";
import { localizeQuestion } from "@/lib/content/localize";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { choiceLines } from "@/lib/quiz/answers";

// Reports show an answer in the words the teacher reads: option texts from the question in the
// teacher's language (answers are stored by option id, so the same answer reads the same whatever
// language the student used), and the few words that are not content ("True", "(left blank)")
// from the caller, who takes them from the "reports" catalogue.

export type AnswerWords = { true: string; false: string; blank: string; nothingChosen: string };

export const ENGLISH_ANSWER_WORDS: AnswerWords = {
  true: "True",
  false: "False",
  blank: "(left blank)",
  nothingChosen: "(nothing chosen)",
};

/** An answer (Response.choice) on one line, as choiceInWords, with the caller's words. */
export function answerInWords(question: Question, choice: string, words: AnswerWords): string {
  if (question.type === "true-false") return choice === "true" ? words.true : choice === "false" ? words.false : choice;
  const lines = choiceLines(question, choice);
  if (lines.length === 0) return question.type === "multiple" ? words.nothingChosen : words.blank;
  return lines.join(question.type === "order" ? " → " : "; ");
}

/** Every unit's latest published version (English) by id. */
export async function latestUnits(database: Db): Promise<Map<string, Unit>> {
  return new Map((await getUnits(database)).map((unit) => [unit.meta.slug, unit]));
}

/**
 * A stored question with its texts in `locale` where its unit's translation has them; the stored
 * text otherwise.
 */
export function storedQuestionIn(question: Question, unit: Unit | undefined, locale: Locale): Question {
  if (locale === defaultLocale) return question;
  return unit ? localizeQuestion(question, unit, locale) : question;
}

/** Units' titles in `locale`: a unit no version of which is published keeps its stored title. */
export async function unitTitlesIn(database: Db, locale: Locale): Promise<(unitId: string, stored: string) => string> {
  const titles = new Map((await getUnits(database, locale)).map((unit) => [unit.meta.slug, unit.meta.title]));
  return (unitId, stored) => titles.get(unitId) ?? stored;
}

/** Items naming a unit (`unit`, its stored `unitTitle`) with the title in `locale`. */
export async function withUnitTitlesIn<T extends { unit: string; unitTitle: string }>(
  database: Db,
  items: T[],
  locale: Locale,
): Promise<T[]> {
  if (items.length === 0) return items;
  const titleIn = await unitTitlesIn(database, locale);
  return items.map((item) => ({ ...item, unitTitle: titleIn(item.unit, item.unitTitle) }));
}
