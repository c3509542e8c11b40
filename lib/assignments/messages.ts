import type { AssignmentRefusal } from "@/lib/assignments/assignments";

// What a teacher reads when an assignment is refused, and which form field it is about. The JSON
// API and the HTML forms say the same thing.

export type AssignmentField = "unit" | "mode" | "dueAt" | "opensAt" | "timeZone";

export const refusalField: Partial<Record<AssignmentRefusal, AssignmentField>> = {
  "unknown-unit": "unit",
  "due-in-past": "dueAt",
  "opens-after-due": "opensAt",
};

export const refusalMessages: Record<AssignmentRefusal, string> = {
  "class-not-found": "There is no class with this id among your classes.",
  "assignment-not-found": "There is no such assignment in this class (it may have been withdrawn).",
  "unknown-unit": "unit: There is no unit with this name. Choose one of the units on the timeline.",
  "due-in-past": "dueAt: This due time has already passed. Choose a time in the future.",
  "opens-after-due": "opensAt: The assignment has to open before it is due.",
};

/** Sentences for the form's `?error=` values: a field name, or "invalid". */
export const assignmentFormErrors: Record<AssignmentField | "invalid" | "past" | "late-open", string> = {
  unit: "Choose a unit from the list.",
  mode: "Choose which quiz to assign: the article's FAQ or the whole unit.",
  dueAt: "Enter a due date and time.",
  past: "This due time has already passed. Choose a time in the future.",
  opensAt: "Enter the opening date and time, or leave it empty to open now.",
  "late-open": "The assignment has to open before it is due.",
  timeZone: "Your browser's time zone was not recognised; times were read as UTC.",
  invalid: "The form was not filled in as expected. Check it and try again.",
};

export type AssignmentFormError = keyof typeof assignmentFormErrors;

export const refusalFormError: Partial<Record<AssignmentRefusal, AssignmentFormError>> = {
  "unknown-unit": "unit",
  "due-in-past": "past",
  "opens-after-due": "late-open",
};

export function assignmentFormErrorMessage(value: unknown): string | null {
  return typeof value === "string" && Object.hasOwn(assignmentFormErrors, value)
    ? assignmentFormErrors[value as AssignmentFormError]
    : null;
}
