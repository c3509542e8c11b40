import "server-only";
import { questionSchema, type Question, type Unit } from "@/lib/content/schema";
import { getUnit } from "@/lib/content/load";
import { localizeQuestion } from "@/lib/content/localize";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { Db } from "@/lib/db";

// Attempts are scored against the database's copy of a question (Question.payload), the version
// the learner was shown even if the content has changed since. Parsed payloads are kept by their
// text so that a busy class does not re-validate the same JSON on every answer.
const parsed = new Map<string, Question>();

/** A stored question (Question.payload), validated once per distinct text. */
export function parseQuestionPayload(payload: string): Question {
  let question = parsed.get(payload);
  if (!question) {
    question = questionSchema.parse(JSON.parse(payload));
    if (parsed.size > 5000) parsed.clear();
    parsed.set(payload, question);
  }
  return question;
}

export function questionId(unitId: string, slug: string): string {
  return `${unitId}/${slug}`;
}

/** The questions by slug; ids that are not in the database are absent from the map. */
export async function loadQuestions(database: Db, unitId: string, slugs: readonly string[]): Promise<Map<string, Question>> {
  const rows = await database.question.findMany({
    where: { id: { in: slugs.map((slug) => questionId(unitId, slug)) } },
    select: { payload: true },
  });
  return new Map(rows.map((row) => parseQuestionPayload(row.payload)).map((q) => [q.id, q]));
}

/** Plain SQL: it is on the path of every answer (see findSessionUser). */
export async function loadQuestion(database: Db, unitId: string, slug: string): Promise<Question | undefined> {
  const rows = await database.$queryRaw<{ payload: string }[]>`SELECT "payload" FROM "Question" WHERE "id" = ${questionId(unitId, slug)}`;
  return rows[0] ? parseQuestionPayload(rows[0].payload) : undefined;
}

/** The unit's content (events and sources, for feedback links). */
export function unitContent(unitId: string): Unit | undefined {
  return getUnit(unitId);
}

/**
 * A stored question in `locale`: English exactly as stored (the version the learner was shown),
 * another language with the content's translated texts over the stored key.
 */
export function questionIn(question: Question, unit: Unit, locale: Locale): Question {
  return locale === defaultLocale ? question : localizeQuestion(question, unit, locale);
}
