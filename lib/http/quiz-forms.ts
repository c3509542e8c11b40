import "server-only";
import { z } from "zod";
import type { Question } from "@/lib/content/schema";
import type { AnswerValue } from "@/lib/quiz/types";

// The quiz also works as plain HTML forms, for browsers without JavaScript. An answer form's fields
// depend on the question, so they are turned into the value the JSON API takes once the question is
// known, and both go through the same recordAnswer checks.

export type FormAnswer = { ok: true; value: AnswerValue } | { ok: false; reason: "answer-missing" | "order-duplicate" };

const filled = z.string().trim().min(1);

/**
 * Turns the fields of an answer form into the value the JSON API takes, so both go through the
 * same recordAnswer checks. Only presence is checked here; the answer's shape is answerSchemaFor's job.
 */
export function answerFromForm(question: Question, form: Record<string, unknown>): FormAnswer {
  const all = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
  const missing: FormAnswer = { ok: false, reason: "answer-missing" };
  switch (question.type) {
    case "single":
    case "short-answer": {
      const parsed = filled.safeParse(form.answer);
      return parsed.success ? { ok: true, value: parsed.data } : missing;
    }
    case "multiple": {
      const parsed = z.array(filled).min(1).safeParse(all(form.answer));
      return parsed.success ? { ok: true, value: parsed.data } : missing;
    }
    case "true-false": {
      const parsed = z.enum(["true", "false"]).safeParse(form.answer);
      return parsed.success ? { ok: true, value: parsed.data === "true" } : missing;
    }
    case "order": {
      const positions = question.items.map((_, index) => form[`position-${index + 1}`]);
      const parsed = z.array(filled).safeParse(positions);
      if (!parsed.success) return missing;
      if (new Set(parsed.data).size !== parsed.data.length) return { ok: false, reason: "order-duplicate" };
      return { ok: true, value: parsed.data };
    }
  }
}
