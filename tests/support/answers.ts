import type { Question } from "@/lib/content/schema";
import type { AnswerValue, PublicQuestion } from "@/lib/quiz/types";

// Answers a learner could send: the tests and benchmarks that play through a quiz share these, so
// that a new question type is taught to them in one place.

/** The answer the key accepts, in the form the answer route takes. */
export function rightAnswer(question: Question): AnswerValue {
  switch (question.type) {
    case "single":
      return question.answer;
    case "multiple":
      return question.answers;
    case "true-false":
      return question.answer;
    case "order":
      return question.items.map((item) => item.id);
    case "short-answer":
      return question.accepted[0]!;
  }
}

const WRONG_SHORT_ANSWERS = ["certainly not this", "nobody knows", "something else entirely"];

/**
 * A valid answer the key does not accept. `pick` varies it where a question has several (the
 * teacher's "most chosen wrong answers" need more than one); the same pick gives the same answer.
 */
export function wrongAnswer(question: Question, pick = 0): AnswerValue {
  switch (question.type) {
    case "single": {
      const wrong = question.options.filter((o) => o.id !== question.answer);
      return wrong[pick % wrong.length]!.id;
    }
    case "multiple": {
      const wrong = question.options.filter((o) => !question.answers.includes(o.id));
      // When every option is right, leaving one out is the wrong answer.
      return wrong.length > 0 ? [wrong[pick % wrong.length]!.id] : question.answers.slice(1);
    }
    case "true-false":
      return !question.answer;
    case "order":
      return [...question.items].reverse().map((item) => item.id);
    case "short-answer":
      return WRONG_SHORT_ANSWERS[pick % WRONG_SHORT_ANSWERS.length]!;
  }
}

/** The right or the wrong answer, for scenarios that mix them. */
export function answerOf(question: Question, right: boolean, pick = 0): AnswerValue {
  return right ? rightAnswer(question) : wrongAnswer(question, pick);
}

/** Two different valid answers, from the question as the learner sees it (no key needed). */
export function twoValidAnswers(question: PublicQuestion): [AnswerValue, AnswerValue] {
  switch (question.type) {
    case "single":
      return [question.options[0]!.id, question.options[1]!.id];
    case "multiple":
      return [[question.options[0]!.id], [question.options[1]!.id]];
    case "true-false":
      return [true, false];
    case "order":
      return [question.items.map((i) => i.id), [...question.items.map((i) => i.id)].reverse()];
    case "short-answer":
      return ["Banjska", "Belgrade"];
  }
}
