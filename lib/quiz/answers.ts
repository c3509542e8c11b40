import { z } from "zod";
import type { Question } from "@/lib/content/schema";
import { CONTROL_MESSAGE, hasControlCharacters } from "@/lib/plain-text";
import { matchesAccepted, normaliseShortAnswer } from "@/lib/quiz/normalise";
import type { AnswerValue, OptionMark, PositionMark } from "@/lib/quiz/types";

const MAX_SHORT_ANSWER = 200;

/** The shape an answer to this question must have; a wrong shape is refused before scoring. */
export function answerSchemaFor(question: Question): z.ZodType<AnswerValue> {
  let schema = answerSchemas.get(question);
  if (!schema) {
    schema = buildAnswerSchema(question);
    answerSchemas.set(question, schema);
  }
  return schema;
}

/** Built once per question object: a version's questions are parsed once (lib/content/store.ts). */
const answerSchemas = new WeakMap<Question, z.ZodType<AnswerValue>>();

function buildAnswerSchema(question: Question): z.ZodType<AnswerValue> {
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
          (order) =>
            order.length === ids.length && new Set(order).size === ids.length && order.every((id) => ids.includes(id)),
          "must list every item of the question exactly once",
        );
    }
    case "short-answer":
      return z
        .string({ error: "must be text" })
        .trim()
        .min(1, "type an answer")
        .max(MAX_SHORT_ANSWER, `must be at most ${MAX_SHORT_ANSWER} characters`)
        .refine((text) => !hasControlCharacters(text), CONTROL_MESSAGE);
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
export function multipleSelectCredit(
  key: readonly string[],
  chosen: readonly string[],
): { right: number; of: number; wrongChosen: number; score: number } {
  const right = chosen.filter((id) => key.includes(id)).length;
  const wrongChosen = chosen.length - right;
  const score = key.length === 0 ? 0 : Math.max(0, (right - wrongChosen) / key.length);
  return { right, of: key.length, wrongChosen, score: Math.round(score * 1000) / 1000 };
}

/**
 * The canonical form of an answer, stored as Response.choice and grouped on by the teacher's "most
 * chosen wrong answers": single, the option id; multiple, sorted ids joined by ","; true-false,
 * "true"/"false"; order, item ids joined by ">"; short answer, the normalised text.
 */
function choiceOf(question: Question, answer: AnswerValue): string {
  switch (question.type) {
    case "single":
      return answer as string;
    case "multiple":
      return [...(answer as string[])].sort().join(",");
    case "true-false":
      return String(answer);
    case "order":
      return (answer as string[]).join(">");
    case "short-answer":
      return normaliseShortAnswer(answer as string);
  }
}

/** Scores an answer that already passed answerSchemaFor(question). */
export function scoreAnswer(question: Question, answer: AnswerValue): ScoredAnswer {
  const choice = choiceOf(question, answer);
  const allOrNothing = (stored: AnswerValue, correct: boolean): ScoredAnswer => ({
    answer: stored,
    choice,
    correct,
    score: correct ? 1 : 0,
  });
  switch (question.type) {
    case "single":
      return allOrNothing(answer, answer === question.answer);
    case "multiple": {
      const chosen = [...(answer as string[])].sort();
      const correct = choice === correctChoice(question);
      return {
        answer: chosen,
        choice,
        correct,
        score: correct ? 1 : multipleSelectCredit(question.answers, chosen).score,
      };
    }
    case "true-false":
      return allOrNothing(answer, answer === question.answer);
    case "order":
      return allOrNothing(answer, choice === correctChoice(question));
    case "short-answer": {
      const text = (answer as string).trim();
      return allOrNothing(text, matchesAccepted(text, question.accepted));
    }
  }
}

/** The canonical form of the right answer, comparable with Response.choice. */
export function correctChoice(question: Question): string {
  switch (question.type) {
    case "single":
      return question.answer;
    case "multiple":
      return [...question.answers].sort().join(",");
    case "true-false":
      return String(question.answer);
    case "order":
      return question.items.map((i) => i.id).join(">");
    case "short-answer":
      return question.accepted[0] ?? "";
  }
}

function optionText(options: { id: string; text: string }[], id: string): string {
  return options.find((o) => o.id === id)?.text ?? id;
}

/** An answer in its canonical form (Response.choice) in the words the learner saw, a line per part. */
export function choiceLines(question: Question, choice: string): string[] {
  switch (question.type) {
    case "single":
      return [optionText(question.options, choice)];
    case "multiple":
      return choice === "" ? [] : choice.split(",").map((id) => optionText(question.options, id));
    case "true-false":
      return [choice === "true" ? "True" : choice === "false" ? "False" : choice];
    case "order":
      return choice.split(">").map((id) => optionText(question.items, id));
    case "short-answer":
      return choice === "" ? [] : [choice];
  }
}

/** The same on one line, for tables and CSV files. */
export function choiceInWords(question: Question, choice: string): string {
  const lines = choiceLines(question, choice);
  if (lines.length === 0) return question.type === "multiple" ? "(nothing chosen)" : "(left blank)";
  return lines.join(question.type === "order" ? " → " : "; ");
}

/** What the content says choosing this wrong answer suggests the learner believes. */
export function misconceptionsFor(question: Question, choice: string): string[] {
  const notes = question.misconceptions;
  const direct = notes[choice];
  if (direct) return [direct];
  if (question.type !== "multiple") return [];
  return choice
    .split(",")
    .map((id) => notes[id])
    .filter((text): text is string => text !== undefined);
}

/** The key of a question, as a value and in words. */
export function correctAnswerOf(question: Question): { value: AnswerValue; lines: string[] } {
  switch (question.type) {
    case "single":
      return {
        value: question.answer,
        lines: [question.options.find((o) => o.id === question.answer)?.text ?? question.answer],
      };
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
  // Short answers are shown as typed, not in their normalised (grouping) form.
  return question.type === "short-answer" ? [String(answer)] : choiceLines(question, choiceOf(question, answer));
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
