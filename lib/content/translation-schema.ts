import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";

// content/<unit>/translations/<locale>.json: the unit's words in another interface language,
// keyed by the ids of the English files (contract: docs/I18N-CONTENT.md). The shape is checked
// here; that every key of the English files is there, and no other, is checked in translations.ts.

export type TranslatedLocale = Exclude<Locale, "en">;
export const translatedLocales = ["sq", "sr-Latn"] as const satisfies readonly TranslatedLocale[];

const text = z.string().trim().min(1, "must not be empty");
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");

const reviewStatuses = ["machine", "reviewed"] as const;

const reviewSchema = z
  .strictObject({
    status: z.enum(reviewStatuses, { error: 'must be "machine" (not yet checked by a person) or "reviewed"' }),
    /** One line: who or what produced the translation. */
    note: text,
    reviewer: text.optional(),
    date: isoDay.optional(),
  })
  .refine((review) => review.status !== "reviewed" || (review.reviewer !== undefined && review.date !== undefined), {
    message: 'a "reviewed" translation names its reviewer and the date of the review',
    path: ["reviewer"],
  });

const questionTranslation = z.strictObject({
  prompt: text,
  explanation: text,
  options: z.record(z.string(), text).optional(),
  items: z.record(z.string(), text).optional(),
  accepted: z.array(text).min(1, "a short-answer question needs at least one accepted answer").optional(),
  misconceptions: z.record(z.string(), text).optional(),
});

export const translationFileSchema = z.strictObject({
  locale: z.string(),
  review: reviewSchema,
  unit: z.strictObject({
    title: text,
    summary: text,
    about: z.array(text),
    corrections: z.array(z.strictObject({ claim: text, correction: text })).default([]),
    glossary: z.array(z.strictObject({ term: text, definition: text, aliases: z.array(text).default([]) })).default([]),
  }),
  actors: z.record(z.string(), z.strictObject({ name: text, role: text })).default({}),
  actorGroups: z.record(z.string(), z.strictObject({ name: text })).default({}),
  eras: z.record(z.string(), z.strictObject({ title: text })).default({}),
  places: z
    .strictObject({
      boundaryLabel: text.optional(),
      places: z.record(z.string(), z.strictObject({ name: text })).default({}),
    })
    .optional(),
  events: z
    .record(
      z.string(),
      z.strictObject({
        title: text,
        summary: text,
        place: text.optional(),
        claims: z.array(text).default([]),
        articleQuote: text.optional(),
      }),
    )
    .default({}),
  questions: z.record(z.string(), questionTranslation).default({}),
});

export type Review = z.infer<typeof reviewSchema>;
export type UnitTranslation = z.infer<typeof translationFileSchema> & { locale: TranslatedLocale };
export type QuestionTranslation = z.infer<typeof questionTranslation>;
export type UnitTranslations = Partial<Record<TranslatedLocale, UnitTranslation>>;
