// Mastery of a unit, from the learner's finished quiz attempts. Defined once here: the learner's
// progress page, the home page and the teacher's score table all use it and explain it from
// MASTERY_LEVELS.

export type MasteryLevel = "not-started" | "attempted" | "familiar" | "proficient" | "mastered";

export const MASTERY_LEVELS: { level: MasteryLevel; label: string; rule: string }[] = [
  { level: "not-started", label: "Not started", rule: "No finished quiz yet." },
  { level: "attempted", label: "Attempted", rule: "Best score below 50%." },
  { level: "familiar", label: "Familiar", rule: "Best score from 50% to 79%." },
  { level: "proficient", label: "Proficient", rule: "Best score of 80% or more." },
  {
    level: "mastered",
    label: "Mastered",
    rule: "90% or more on a whole-unit quiz, and every event of the unit read.",
  },
];

export type MasteryInput = {
  finishedAttempts: number;
  /** Best share correct over finished attempts, 0 to 1; null when none. */
  bestScore: number | null;
  /** Best share correct over finished whole-unit attempts, 0 to 1; null when none. */
  bestUnitScore: number | null;
  eventsRead: number;
  eventsTotal: number;
};

export function masteryLevel(p: MasteryInput): MasteryLevel {
  if (p.finishedAttempts === 0 || p.bestScore === null) return "not-started";
  if (p.bestUnitScore !== null && p.bestUnitScore >= 0.9 && p.eventsTotal > 0 && p.eventsRead >= p.eventsTotal) {
    return "mastered";
  }
  if (p.bestScore >= 0.8) return "proficient";
  if (p.bestScore >= 0.5) return "familiar";
  return "attempted";
}

export function masteryLabel(level: MasteryLevel): string {
  return MASTERY_LEVELS.find((m) => m.level === level)?.label ?? level;
}
