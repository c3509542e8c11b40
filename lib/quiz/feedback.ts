import type { Question, Unit } from "@/lib/content/schema";
import { answerLines, correctAnswerOf } from "@/lib/quiz/answers";
import { routes } from "@/lib/routes";
import type { AnswerFeedback, AnswerValue, EventLink, SourceLink } from "@/lib/quiz/types";

/** The events that settle a question, in timeline order. */
export function eventLinks(unit: Unit, eventIds: readonly string[]): EventLink[] {
  return unit.events
    .filter((event) => eventIds.includes(event.id))
    .map((event) => ({ id: event.id, title: event.title, date: event.date, href: routes.event(unit.meta.slug, event.id) }));
}

/** The question's own sources, or else the sources of its events. */
export function sourceLinks(unit: Unit, question: Question): SourceLink[] {
  const ids = new Set(
    question.sourceIds.length > 0
      ? question.sourceIds
      : unit.events.filter((e) => question.eventIds.includes(e.id)).flatMap((e) => e.sourceIds),
  );
  return unit.sources
    .filter((source) => ids.has(source.id))
    .map((source) => ({
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      ...(source.url ? { url: source.url } : {}),
    }));
}

export function answerFeedback(unit: Unit, question: Question, answer: AnswerValue, correct: boolean): AnswerFeedback {
  return {
    questionId: question.id,
    correct,
    answer,
    answerLines: answerLines(question, answer),
    correctAnswer: correctAnswerOf(question),
    explanation: question.explanation,
    events: eventLinks(unit, question.eventIds),
    sources: sourceLinks(unit, question),
  };
}
