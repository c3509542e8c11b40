import "server-only";
import type { Question, Unit } from "@/lib/content/schema";
import { getUnitVersion, type StoredUnit } from "@/lib/content/store";
import { localizeQuestion } from "@/lib/content/localize";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { Db } from "@/lib/db";

// Attempts are asked and scored on the questions of the unit version they were started on,
// whatever was published since. A version's document is parsed once per process (lib/content/store.ts).

export function questionId(unitId: string, slug: string): string {
  return `${unitId}/${slug}`;
}

/** The content an attempt or a live session was made against: its unit version, in English. */
export function versionContent(database: Db, unitVersionId: string): Promise<StoredUnit | undefined> {
  return getUnitVersion(database, unitVersionId);
}

const bySlug = new WeakMap<Unit, Map<string, Question>>();

/** The version's questions by slug (built once per version and process). */
export function questionsOf(unit: Unit): Map<string, Question> {
  let found = bySlug.get(unit);
  if (!found) bySlug.set(unit, (found = new Map(unit.questions.map((q) => [q.id, q]))));
  return found;
}

/**
 * A stored question in `locale`: English exactly as stored (the version the learner was shown),
 * another language with the content's translated texts over the stored key.
 */
export function questionIn(question: Question, unit: Unit, locale: Locale): Question {
  return locale === defaultLocale ? question : localizeQuestion(question, unit, locale);
}
