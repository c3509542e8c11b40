import type { Question, Unit } from "@/lib/content/schema";
import {
  answerLines,
  correctAnswerOf,
  multipleSelectCredit,
  optionMarks,
  positionMarks,
  scoreAnswer,
} from "@/lib/quiz/answers";
import { routes } from "@/lib/routes";
import type { AnswerFeedback, AnswerValue, EventLink, SourceLink } from "@/lib/quiz/types";

/** The events that settle a question, in timeline order. */
export function eventLinks(unit: Unit, eventIds: readonly string[]): EventLink[] {
  return unit.events
    .filter((event) => eventIds.includes(event.id))
    .map((event) => ({
      id: event.id,
      title: event.title,
      date: event.date,
      href: routes.event(unit.meta.slug, event.id),
    }));
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

type Links = { unit: Unit; events: EventLink[]; sources: SourceLink[] };
const linksByQuestion = new WeakMap<Question, Links>();

/** A question's event and source links in `unit`, worked out once per question and unit object. */
function linksOf(unit: Unit, question: Question): Links {
  let links = linksByQuestion.get(question);
  if (links?.unit !== unit) {
    links = { unit, events: eventLinks(unit, question.eventIds), sources: sourceLinks(unit, question) };
    linksByQuestion.set(question, links);
  }
  return links;
}

export function answerFeedback(unit: Unit, question: Question, answer: AnswerValue, correct: boolean): AnswerFeedback {
  const links = linksOf(unit, question);
  const partial =
    question.type === "multiple" && Array.isArray(answer) && !correct
      ? multipleSelectCredit(question.answers, answer)
      : null;
  return {
    questionId: question.id,
    correct,
    // Worked out again from the stored answer: the same rule that scored it, so replays agree.
    score: correct ? 1 : partial ? partial.score : scoreAnswer(question, answer).score,
    partial: partial && { right: partial.right, of: partial.of, wrongChosen: partial.wrongChosen },
    options: optionMarks(question, answer),
    positions: positionMarks(question, answer),
    answer,
    answerLines: answerLines(question, answer),
    correctAnswer: correctAnswerOf(question),
    explanation: question.explanation,
    events: links.events,
    sources: links.sources,
  };
}
