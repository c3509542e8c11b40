import { z } from "zod";
import type { Question } from "@/lib/content/schema";
import { seededRandom, shuffled } from "@/lib/quiz/seeded-random";
import type { QuizMode } from "@/lib/quiz/types";

export const WHOLE_UNIT_QUESTIONS = 12;
export const REVIEW_QUESTIONS = 12;

/** One question of an attempt: its slug and, for choice and ordering questions, the order shown. */
const planItemSchema = z.object({ question: z.string(), order: z.array(z.string()).optional() });
export const planSchema = z.array(planItemSchema).min(1);
export type PlanItem = z.infer<typeof planItemSchema>;

function displayOrder(question: Question, random: () => number): string[] | undefined {
  if (question.type === "single" || question.type === "multiple") {
    return shuffled(
      question.options.map((o) => o.id),
      random,
    );
  }
  if (question.type === "order") {
    const correct = question.items.map((i) => i.id);
    const order = shuffled(correct, random);
    // Showing the items already in the right order would give the answer away.
    if (order.every((id, index) => id === correct[index])) order.push(order.shift() as string);
    return order;
  }
  return undefined;
}

/**
 * The questions of a new attempt, reproducible from `seed`.
 * faq: the unit's FAQ questions in the article's order; unit: up to 12 drawn from the pool;
 * review: the given (due) questions, up to 12. Question and option order are shuffled per seed.
 */
export function buildPlan(mode: QuizMode, questions: readonly Question[], seed: string): PlanItem[] {
  const random = seededRandom(seed);
  let chosen: Question[];
  if (mode === "faq") chosen = questions.filter((q) => q.fromFaq);
  else if (mode === "unit") chosen = shuffled(questions, random).slice(0, WHOLE_UNIT_QUESTIONS);
  else chosen = shuffled(questions, random).slice(0, REVIEW_QUESTIONS);
  return chosen.map((question) => {
    const order = displayOrder(question, random);
    return order ? { question: question.id, order } : { question: question.id };
  });
}
