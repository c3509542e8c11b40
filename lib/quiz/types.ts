// What the quiz API sends to the browser. Nothing here carries a key for a question the learner
// has not answered in that attempt: keys appear only inside AnswerFeedback and AttemptResult.

export const quizModes = ["faq", "unit", "review"] as const;
export type QuizMode = (typeof quizModes)[number];

export type PublicOption = { id: string; text: string };

export type PublicQuestion =
  | { id: string; type: "single"; prompt: string; options: PublicOption[] }
  | { id: string; type: "multiple"; prompt: string; options: PublicOption[] }
  | { id: string; type: "true-false"; prompt: string }
  | { id: string; type: "order"; prompt: string; items: PublicOption[] }
  | { id: string; type: "short-answer"; prompt: string };

/** single: option id; multiple: option ids; true-false: boolean; order: item ids; short-answer: text. */
export type AnswerValue = string | string[] | boolean;

export type EventLink = { id: string; title: string; date: string; href: string };
export type SourceLink = { id: string; title: string; publisher: string; url?: string };

export type OptionMark = { id: string; text: string; chosen: boolean; inKey: boolean };
export type PositionMark = { id: string; text: string; position: number; correctPosition: number };

export type AnswerFeedback = {
  questionId: string;
  correct: boolean;
  /** Points earned, 0 to 1 (multiple-select earns part of the point per option). */
  score: number;
  /** Multiple-select only: right options chosen of those in the key, and wrong ones chosen. */
  partial: { right: number; of: number; wrongChosen: number } | null;
  /** Choice questions: every option, chosen or not, right or not. */
  options: OptionMark[] | null;
  /** Ordering questions: each item where the learner put it and where it belongs. */
  positions: PositionMark[] | null;
  answer: AnswerValue;
  /** The learner's answer in words, one line per chosen option or ordered item. */
  answerLines: string[];
  correctAnswer: { value: AnswerValue; lines: string[] };
  explanation: string;
  events: EventLink[];
  sources: SourceLink[];
};

type AttemptProgress = { answered: number; total: number; correct: number };

export type AnswerResult = AnswerFeedback & { progress: AttemptProgress };

export type ReviewItem = {
  questionId: string;
  prompt: string;
  answered: boolean;
  correct: boolean;
  score: number;
  partial: { right: number; of: number; wrongChosen: number } | null;
  answerLines: string[];
  correctAnswer: { value: AnswerValue; lines: string[] };
  explanation: string;
  events: EventLink[];
};

export type AttemptResult = {
  correct: number;
  total: number;
  /** Points earned (partial credit included), 0 to total. */
  points: number;
  /** points / total, 0 to 1. */
  share: number;
  review: ReviewItem[];
  /** Events behind the questions missed or left unanswered, most missed first, at most 5. */
  readAgain: EventLink[];
};

export type AttemptSummary = {
  id: string;
  unit: string;
  unitTitle: string;
  mode: QuizMode;
  questionCount: number;
  answeredCount: number;
  correctCount: number;
  startedAt: string;
  finishedAt: string | null;
};

export type AttemptState = {
  attempt: AttemptSummary;
  questions: PublicQuestion[];
  /** Feedback for the questions already answered, by question id. */
  feedback: Record<string, AnswerFeedback>;
  /** Present once the attempt is finished. */
  result: AttemptResult | null;
};
