import "server-only";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

// Every reason the domain gives for refusing something, with the status a JSON caller gets. The
// sentence a person reads is in messages/<locale>/reasons.json, in every interface language. HTML
// forms are sent back with `?error=<reason>` and the page shows the same sentence, so both kinds of
// caller are told the same thing, in the language of the page they came from.

export const REASONS = {
  // Form fields (a JSON caller gets 422 with the zod issues instead).
  email: 422,
  password: 422,
  displayName: 422,
  name: 422,
  code: 422,
  invalid: 422,
  unreadable: 400,
  // Accounts.
  "email-taken": 409,
  "wrong-credentials": 401,
  "wrong-student-code": 401,
  "slow-down": 429,
  "sign-up-slow-down": 429,
  "guest-slow-down": 429,
  "sign-in-required": 401,
  "teachers-only": 403,
  // Classrooms.
  "wrong-join-code": 404,
  "join-slow-down": 429,
  "archived-class": 410,
  "teacher-cannot-join": 403,
  "class-not-found": 404,
  "student-not-found": 404,
  // Content.
  "unit-not-found": 404,
  "event-not-found": 422,
  // Quiz.
  "start-invalid": 422,
  "nothing-due": 409,
  "no-questions": 409,
  "attempt-not-found": 404,
  "attempt-finished": 409,
  "answer-missing": 422,
  "answer-invalid": 422,
  "order-duplicate": 422,
  "not-in-attempt": 422,
  "attempt-unfinished": 409,
  "nothing-missed": 409,
  "answer-final": 409,
  // Live sessions.
  "live-session-not-found": 404,
  "live-join-slow-down": 429,
  "name-required": 422,
  "live-teacher-cannot-join": 403,
  "not-joined": 403,
  "not-current": 409,
  revealed: 409,
  "already-answered": 409,
  "session-ended": 409,
  "not-started": 409,
  "already-revealed": 409,
  "no-more-questions": 409,
  "session-moved-on": 409,
  "session-teacher-only": 403,
  "live-join-first": 401,
  "live-follow-first": 401,
  // Assignments. Field names are in the sentences, so a JSON caller knows which field to fix.
  unit: 422,
  mode: 422,
  dueAt: 422,
  opensAt: 422,
  timeZone: 422,
  "unknown-unit": 422,
  "due-in-past": 422,
  "opens-after-due": 422,
  "assignment-not-found": 404,
  "student-sign-in-required": 401,
  "students-only": 403,
  // Requests.
  "not-found": 404,
  "cross-site": 403,
  "body-too-large": 413,
  "body-unreadable": 400,
  "body-not-json": 400,
  "body-wrong-type": 415,
  "body-shape": 422,
} as const satisfies Record<string, number>;

export type Reason = keyof typeof REASONS;

const reasonSchema = z.enum(Object.keys(REASONS) as [Reason, ...Reason[]]);

export function isReason(value: unknown): value is Reason {
  return reasonSchema.safeParse(value).success;
}

export function reasonStatus(reason: Reason): number {
  return REASONS[reason];
}

/** The sentence for a reason, in `locale` (the catalogue check guarantees every language has it). */
export function reasonText(reason: Reason, locale: Locale): string {
  const text = loadMessages(locale).reasons?.[reason] ?? loadMessages("en").reasons?.[reason];
  return typeof text === "string" ? text : reason;
}

/** The sentence for a page's `?error=` value, or null for anything that is not a known reason. */
export function reasonMessage(value: unknown, locale: Locale): string | null {
  const parsed = reasonSchema.safeParse(value);
  return parsed.success ? reasonText(parsed.data, locale) : null;
}
