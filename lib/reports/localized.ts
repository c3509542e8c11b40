import type { Question } from "@/lib/content/schema";
import { getUnit } from "@/lib/content/load";
import { localizeQuestion } from "@/lib/content/localize";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { choiceLines } from "@/lib/quiz/answers";

// Reports show an answer in the words the teacher reads: option texts from the question in the
// teacher's language (answers are stored by option id, so the same answer reads the same whatever
// language the student used), and the few words that are not content ("True", "(left blank)")
// from the caller, who takes them from the "reports" catalogue.

export type AnswerWords = { true: string; false: string; blank: string; nothingChosen: string };

export const ENGLISH_ANSWER_WORDS: AnswerWords = { true: "True", false: "False", blank: "(left blank)", nothingChosen: "(nothing chosen)" };

/** An answer (Response.choice) on one line, as choiceInWords, with the caller's words. */
export function answerInWords(question: Question, choice: string, words: AnswerWords): string {
  if (question.type === "true-false") return choice === "true" ? words.true : choice === "false" ? words.false : choice;
  const lines = choiceLines(question, choice);
  if (lines.length === 0) return question.type === "multiple" ? words.nothingChosen : words.blank;
  return lines.join(question.type === "order" ? " → " : "; ");
}

/**
 * A question as stored with the answers (the version the students were shown), with its texts in
 * `locale` where the unit's translation has them; the stored text otherwise.
 */
export function storedQuestionIn(question: Question, unitId: string, locale: Locale): Question {
  if (locale === defaultLocale) return question;
  const unit = getUnit(unitId);
  return unit ? localizeQuestion(question, unit, locale) : question;
}

/** A unit's title in `locale`; the stored title for a unit the content no longer has. */
export function unitTitleIn(unitId: string, locale: Locale, stored: string): string {
  return getUnit(unitId, locale)?.meta.title ?? stored;
}
