import type { Question } from "@/lib/content/schema";
import type { PlanItem } from "@/lib/quiz/plan";
import type { PublicOption, PublicQuestion } from "@/lib/quiz/types";

function inOrder(options: readonly PublicOption[], order: readonly string[] | undefined): PublicOption[] {
  if (!order) return options.map(({ id, text }) => ({ id, text }));
  return order.flatMap((id) => {
    const option = options.find((o) => o.id === id);
    return option ? [{ id: option.id, text: option.text }] : [];
  });
}

/**
 * The question as the browser may see it before it is answered: prompt and options in the
 * attempt's order. Built field by field (never by spreading the question) so that the key,
 * explanation and misconceptions cannot slip through when the content schema grows.
 */
export function publicQuestion(question: Question, item: PlanItem): PublicQuestion {
  switch (question.type) {
    case "single":
    case "multiple":
      return {
        id: question.id,
        type: question.type,
        prompt: question.prompt,
        options: inOrder(question.options, item.order),
      };
    case "order":
      return { id: question.id, type: "order", prompt: question.prompt, items: inOrder(question.items, item.order) };
    case "true-false":
    case "short-answer":
      return { id: question.id, type: question.type, prompt: question.prompt };
  }
}
