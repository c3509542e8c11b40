import { z } from "zod";
import type { Question } from "@/lib/content/schema";
import { matchesAccepted, normaliseShortAnswer } from "@/lib/quiz/normalise";
import type { AnswerValue, OptionMark, PositionMark } from "@/lib/quiz/types";

export const MAX_SHORT_ANSWER = 200;

/** The shape an answer to this question must have; a wrong shape is refused before scoring. */
export function answerSchemaFor(question: Question): z.ZodType<AnswerValue> {
  switch (question.type) {
    case "single": {
      const ids = question.options.map((o) => o.id);
      return z.string().refine((id) => ids.includes(id), "must be the id of one of the question's options");
    }
    case "multiple": {
      const ids = question.options.map((o) => o.id);
      return z
        .array(z.string().refine((id) => ids.includes(id), "must be the id of one of the question's options"))
        .min(1, "choose at least one option")
        .refine((chosen) => new Set(chosen).size === chosen.length, "each option may be chosen once");
    }
    case "true-false":
      return z.boolean({ error: "must be true or false" });
    case "order": {
      const ids = question.items.map((i) => i.id);
      return z
        .array(z.string(), { error: "must be the list of the question's item ids in your order" })
        .refine(
          (order) => order.length === ids.length && new Set(order).size === ids.length && order.every((id) => ids.includes(id)),
          "must list every item of the question exactly once",
        );
    }
    case "short-answer":
      return z
        .string({ error: "must be text" })
        .trim()
        .min(1, "type an answer")
        .max(MAX_SHORT_ANSWER, `must be at most ${MAX_SHORT_ANSWER} characters`);
  }
}

export type ScoredAnswer = {
  /** The answer as stored: multiple-choice ids sorted, short answers trimmed. */
  answer: AnswerValue;
  /** Canonical form grouped on by the teacher's "most chosen wrong answers". */
  choice: string;
  correct: boolean;
  /** Points, 0 to 1: all or nothing, except multiple-select (see multipleSelectCredit). */
  score: number;
};

/**
 * Multiple-select earns a share of the point per option: each right option chosen adds 1/(options
 * in the key), each wrong one chosen takes as much back (never below 0), so ticking every box is no
 * shortcut. "2 of 3 right" is `right` of `of`.
 */
export function multipleSelectCredit(key: readonly string[], chosen: readonly string[]): { right: number; of: number; wrongChosen: number; score: number } {
  const right = chosen.filter((id) => key.includes(id)).length;
  const wrongChosen = chosen.length - right;
  const score = key.length === 0 ? 0 : Math.max(0, (right - wrongChosen) / key.length);
  return { right, of: key.length, wrongChosen, score: Math.round(score * 1000) / 1000 };
}

/** Scores an answer that already passed answerSchemaFor(question). */
export function scoreAnswer(question: Question, answer: AnswerValue): ScoredAnswer {
  switch (question.type) {
    case "single": {
      const id = answer as string;
      return { answer: id, choice: id, correct: id === question.answer, score: id === question.answer ? 1 : 0 };
    }
    case "multiple": {
      const chosen = [...(answer as string[])].sort();
      const key = [...question.answers].sort();
      const correct = chosen.length === key.length && chosen.every((id, i) => id === key[i]);
      return { answer: chosen, choice: chosen.join(","), correct, score: correct ? 1 : multipleSelectCredit(key, chosen).score };
    }
    case "true-false": {
      const value = answer as boolean;
      return { answer: value, choice: String(value), correct: value === question.answer, score: value === question.answer ? 1 : 0 };
    }
    case "order": {
      const order = answer as string[];
      const correct = order.every((id, i) => id === question.items[i]?.id);
      return { answer: order, choice: order.join(">"), correct, score: correct ? 1 : 0 };
    }
    case "short-answer": {
      const text = (answer as string).trim();
      const correct = matchesAccepted(text, question.accepted);
      return { answer: text, choice: normaliseShortAnswer(text), correct, score: correct ? 1 : 0 };
    }
  }
}

/** The key of a question, as a value and in words. */
export function correctAnswerOf(question: Question): { value: AnswerValue; lines: string[] } {
  switch (question.type) {
    case "single":
      return { value: question.answer, lines: [question.options.find((o) => o.id === question.answer)?.text ?? question.answer] };
    case "multiple":
      return {
        value: [...question.answers].sort(),
        lines: question.options.filter((o) => question.answers.includes(o.id)).map((o) => o.text),
      };
    case "true-false":
      return { value: question.answer, lines: [question.answer ? "True" : "False"] };
    case "order":
      return { value: question.items.map((i) => i.id), lines: question.items.map((i) => i.text) };
    case "short-answer":
      return { value: question.accepted[0] as string, lines: [question.accepted.join(" / ")] };
  }
}

/** A learner's stored answer in words. */
export function answerLines(question: Question, answer: AnswerValue): string[] {
  switch (question.type) {
    case "single":
    case "multiple": {
      const ids = Array.isArray(answer) ? answer : [String(answer)];
      return ids.map((id) => question.options.find((o) => o.id === id)?.text ?? id);
    }
    case "true-false":
      return [answer === true ? "True" : "False"];
    case "order":
      return (answer as string[]).map((id) => question.items.find((i) => i.id === id)?.text ?? id);
    case "short-answer":
      return [String(answer)];
  }
}

/** Every option of a choice question, marked chosen or not and right or not; null for other types. */
export function optionMarks(question: Question, answer: AnswerValue): OptionMark[] | null {
  if (question.type !== "single" && question.type !== "multiple") return null;
  const chosen = new Set(Array.isArray(answer) ? answer : [String(answer)]);
  const key = question.type === "single" ? [question.answer] : question.answers;
  return question.options.map((o) => ({ id: o.id, text: o.text, chosen: chosen.has(o.id), inKey: key.includes(o.id) }));
}

/** Each item of an ordering answer at the place the learner put it, with the place it belongs. */
export function positionMarks(question: Question, answer: AnswerValue): PositionMark[] | null {
  if (question.type !== "order" || !Array.isArray(answer)) return null;
  return answer.map((id, i) => {
    const at = question.items.findIndex((item) => item.id === id);
    return { id, text: question.items[at]?.text ?? id, position: i + 1, correctPosition: at + 1 };
  });
}
