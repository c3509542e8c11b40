import { createEmptyCard, fsrs, Rating, type Card } from "ts-fsrs";

// Spaced review of missed questions. A wrong answer is rated Again (due within minutes, then
// relearned); a right answer to a question under review is rated Good, which pushes it out.
// Fuzz is off so that a schedule can be checked in tests and explained to a learner.
const scheduler = fsrs({ enable_fuzz: false });

/** The ReviewCard columns, as stored. */
export type StoredCard = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

function toCard(stored: StoredCard): Card {
  return {
    due: stored.due,
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsedDays,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    ...(stored.lastReview ? { last_review: stored.lastReview } : {}),
  };
}

function fromCard(card: Card): StoredCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/**
 * The card after an answer, or null when there is nothing to schedule: a question that was never
 * missed is not put under review by a right answer.
 */
export function nextReviewCard(current: StoredCard | null, correct: boolean, now: Date): StoredCard | null {
  if (!current && correct) return null;
  const card = current ? toCard(current) : createEmptyCard(now);
  return fromCard(scheduler.next(card, now, correct ? Rating.Good : Rating.Again).card);
}
