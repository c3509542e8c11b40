/** Which quizzes a score table counts: every mode together, or only the FAQ or the whole-unit quiz. */
export const scoreModes = ["all", "faq", "unit"] as const;
export type ScoreMode = (typeof scoreModes)[number];
