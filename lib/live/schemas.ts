import { z } from "zod";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode } from "@/lib/classes/join-code";
import { displayNameSchema } from "@/lib/classes/schemas";
import { slug } from "@/lib/content/schema";
import { liveModes } from "@/lib/live/state";

// The live session's inputs: one schema per body, shared by the JSON API and the HTML forms.

export const liveSessionId = z.string().regex(/^[a-z0-9]{8,64}$/);

/** A session's join code as typed: any case, spaces or hyphens. */
export const liveCode = z
  .string()
  .max(40)
  .transform(normaliseJoinCode)
  .pipe(z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), "A session code has 6 letters and digits."));

// An HTML form sends an empty field for "no class"; JSON leaves it out.
const optionalClassId = z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^[a-z0-9]{8,64}$/, "is not a class id").optional());

export const createLiveBody = z.strictObject({ classId: optionalClassId, unit: slug, mode: z.enum(liveModes) });

export const joinLiveBody = z.strictObject({
  displayName: z.preprocess((v) => (v === "" ? undefined : v), displayNameSchema.optional()),
});

// The answer's shape depends on the question, so it is checked once the question is known.
export const liveAnswerBody = z.strictObject({
  questionId: z.string().min(1).max(100),
  answer: z.unknown().refine((value) => value !== undefined && value !== null, "an answer is required"),
});

/** The hidden fields of the answer form a device without JavaScript posts. */
export const liveAnswerFormFields = z.object({ questionId: z.string().min(1).max(100), code: liveCode });

export const LIVE_FORM_ERRORS = {
  "unknown-session": "No live session has this code, or it has ended. Check the code on the projector.",
  "name-required": "Enter your name (1 to 40 characters) to join.",
  displayName: "Enter a name of 1 to 40 characters, without special control characters.",
  "teacher-cannot-join": "You are signed in as a teacher. Open the session on the projector, or sign out to join as a student.",
  "slow-down": "Too many wrong session codes from this device. Wait 15 minutes, then try again.",
  "answer-missing": "Choose or type an answer first.",
  "order-duplicate": "Each position needs a different item: choose every item once.",
  "invalid-answer": "That answer does not fit this question. Check it and try again.",
  "not-current": "That question is no longer on the screen. Here is the current one.",
  revealed: "The answer has already been revealed: answers to this question are closed.",
  "already-answered": "You have already answered this question; an answer is final.",
  ended: "This session has ended.",
  "not-joined": "Join the session first.",
  "unknown-unit": "Choose one of the units.",
  "unknown-class": "That class is not among your classes.",
  "no-questions": "That unit has no questions for this kind of session.",
  invalid: "The form was not filled in as expected. Check it and try again.",
} as const;

export type LiveFormErrorKey = keyof typeof LIVE_FORM_ERRORS;
const liveFormErrorKey = z.enum(Object.keys(LIVE_FORM_ERRORS) as [LiveFormErrorKey, ...LiveFormErrorKey[]]);

export function liveFormErrorMessage(value: unknown): string | null {
  const parsed = liveFormErrorKey.safeParse(value);
  return parsed.success ? LIVE_FORM_ERRORS[parsed.data] : null;
}

export const livePath = (code: string) => `/live/${code}`;
export const projectorPath = (id: string) => `/teacher/live/${id}`;
