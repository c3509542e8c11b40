import { z } from "zod";
import { displayNameSchema } from "@/lib/accounts/names";
import { slug } from "@/lib/content/schema";
import { locales } from "@/lib/i18n/locales";
import { liveModes } from "@/lib/live/state";
import { CODE_ALPHABET, normaliseCode } from "@/lib/readable-codes";

// The live session's inputs: one schema per body, shared by the JSON API and the HTML forms.

/**
 * A session's join code is short enough to type from across the room: a session lasts a lesson,
 * there are few open at once, and wrong codes count against the same per-address budget as class
 * codes, so 25^6 ≈ 2.4 × 10^8 codes leave guessing hopeless.
 */
export const LIVE_CODE_LENGTH = 6;

export const liveSessionId = z.string().regex(/^[a-z0-9]{8,64}$/);
export const sessionParams = z.object({ id: liveSessionId });

/** A session's join code as typed: any case, spaces or hyphens. */
export const liveCode = z
  .string()
  .max(40)
  .transform(normaliseCode)
  .pipe(
    z
      .string()
      .regex(new RegExp(`^[${CODE_ALPHABET}]{${LIVE_CODE_LENGTH}}$`), "A session code has 6 letters and digits."),
  );
export const codeParams = z.object({ id: liveCode });

// An HTML form sends an empty field for "no class"; JSON leaves it out.
const optionalClassId = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z
    .string()
    .regex(/^[a-z0-9]{8,64}$/, "is not a class id")
    .optional(),
);

export const createLiveBody = z.strictObject({ classId: optionalClassId, unit: slug, mode: z.enum(liveModes) });

export const joinLiveBody = z.strictObject({
  displayName: z.preprocess((v) => (v === "" ? undefined : v), displayNameSchema.optional()),
});

const questionId = z.string().min(1).max(100);
// The answer's shape depends on the question, so it is checked once the question is known. A form
// carries the answer in fields named after the question type (answer, position-1…) and the code of
// the session page to go back to.
export type LiveAnswerBody = { questionId: string; answer?: unknown; code?: string };
export const liveAnswerBody: { json: z.ZodType<LiveAnswerBody>; form: z.ZodType<LiveAnswerBody> } = {
  json: z.strictObject({
    questionId,
    answer: z.unknown().refine((value) => value !== undefined && value !== null, "an answer is required"),
  }),
  form: z.object({ questionId, code: liveCode }).loose(),
};

/**
 * The stream's query: `?lang=en|sq|sr-Latn` names the language of this connection's messages (the
 * page that opens the stream passes its own). Without it the stream follows the page it was
 * opened from (Referer), else Accept-Language. One session's devices may each use another language.
 */
export const streamQuery = z.strictObject({ lang: z.enum(locales).optional() });
