import { z } from "zod";
import { slug, type Question } from "@/lib/content/schema";
import type { AnswerValue } from "@/lib/quiz/types";

// The quiz also works as plain HTML forms, for browsers without JavaScript. Those posts get a 303
// to a page, with an error key the page turns into a sentence; JSON callers are answered as before.

export const QUIZ_FORM_ERRORS = {
  "start-invalid": "Choose one of the quizzes below to start.",
  "nothing-due": "No questions of this unit are due for review yet.",
  "no-questions": "This unit has no questions for this quiz.",
  "answer-missing": "Choose or type an answer first.",
  "answer-invalid": "That answer does not fit this question. Check it and try again.",
  "order-duplicate": "Each position needs a different item: choose every item once.",
  "not-in-attempt": "That question is not part of this quiz. Answer the question shown below.",
  "answer-final": "This question was already answered, or the quiz is finished; an answer is final.",
} as const;

export type QuizFormErrorKey = keyof typeof QUIZ_FORM_ERRORS;
const quizFormErrorKey = z.enum(Object.keys(QUIZ_FORM_ERRORS) as [QuizFormErrorKey, ...QuizFormErrorKey[]]);

/** The sentence for an `?error=` key on a quiz page, or null for anything else. */
export function quizFormErrorMessage(value: unknown): string | null {
  const parsed = quizFormErrorKey.safeParse(value);
  return parsed.success ? QUIZ_FORM_ERRORS[parsed.data] : null;
}

export const quizPath = (unit: string) => `/units/${unit}/quiz`;
export const attemptPath = (unit: string, attempt: string) => `/units/${unit}/quiz/attempts/${attempt}`;

/** The fields every answer or finish form carries besides the answer itself. */
export const answerFormFields = z.object({ questionId: z.string().min(1).max(100), unit: slug });
export const finishFormFields = z.object({ unit: slug });

export type FormAnswer = { ok: true; value: AnswerValue } | { ok: false; error: QuizFormErrorKey };

const filled = z.string().trim().min(1);

/**
 * Turns the fields of an answer form into the value the JSON API takes, so both go through the
 * same recordAnswer checks. Only presence is checked here; the answer's shape is answerSchemaFor's job.
 */
export function answerFromForm(question: Question, form: FormData): FormAnswer {
  const missing: FormAnswer = { ok: false, error: "answer-missing" };
  switch (question.type) {
    case "single":
    case "short-answer": {
      const parsed = filled.safeParse(form.get("answer"));
      return parsed.success ? { ok: true, value: parsed.data } : missing;
    }
    case "multiple": {
      const parsed = z.array(filled).min(1).safeParse(form.getAll("answer"));
      return parsed.success ? { ok: true, value: parsed.data } : missing;
    }
    case "true-false": {
      const parsed = z.enum(["true", "false"]).safeParse(form.get("answer"));
      return parsed.success ? { ok: true, value: parsed.data === "true" } : missing;
    }
    case "order": {
      const positions = question.items.map((_, index) => form.get(`position-${index + 1}`));
      const parsed = z.array(filled).safeParse(positions);
      if (!parsed.success) return missing;
      if (new Set(parsed.data).size !== parsed.data.length) return { ok: false, error: "order-duplicate" };
      return { ok: true, value: parsed.data };
    }
  }
}

/** A quiz form post whose hidden fields are missing or malformed (never sent by the app's own pages). */
export const UNREADABLE_QUIZ_FORM = "This form could not be read. Go back to the quiz and try again.";
