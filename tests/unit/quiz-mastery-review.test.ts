import { masteryLevel, MASTERY_LEVELS } from "@/lib/progress/mastery";
import { nextReviewCard } from "@/lib/review/schedule";

const none = { finishedAttempts: 0, bestScore: null, bestUnitScore: null, eventsRead: 0, eventsTotal: 10 };

describe("mastery thresholds", () => {
  it.each([
    [{ ...none }, "not-started"],
    [{ ...none, finishedAttempts: 1, bestScore: 0.49 }, "attempted"],
    [{ ...none, finishedAttempts: 1, bestScore: 0.5 }, "familiar"],
    [{ ...none, finishedAttempts: 1, bestScore: 0.79 }, "familiar"],
    [{ ...none, finishedAttempts: 1, bestScore: 0.8 }, "proficient"],
    [{ ...none, finishedAttempts: 2, bestScore: 1, bestUnitScore: 0.9, eventsRead: 9 }, "proficient"],
    [{ ...none, finishedAttempts: 2, bestScore: 1, bestUnitScore: 0.89, eventsRead: 10 }, "proficient"],
    [{ ...none, finishedAttempts: 2, bestScore: 0.9, bestUnitScore: 0.9, eventsRead: 10 }, "mastered"],
  ] as const)("%j is %s", (input, level) => {
    expect(masteryLevel(input)).toBe(level);
  });

  it("explains every level", () => {
    expect(MASTERY_LEVELS.map((m) => m.label)).toEqual([
      "Not started",
      "Attempted",
      "Familiar",
      "Proficient",
      "Mastered",
    ]);
  });
});

describe("spaced review", () => {
  const now = new Date("2026-03-02T09:00:00Z");

  it("does not schedule a question answered right that was never missed", () => {
    expect(nextReviewCard(null, true, now)).toBeNull();
  });

  it("makes a missed question due within the hour, and pushes it out once answered right", () => {
    const missed = nextReviewCard(null, false, now);
    expect(missed).not.toBeNull();
    expect(missed!.due.getTime() - now.getTime()).toBeLessThanOrEqual(60 * 60 * 1000);
    const later = new Date(missed!.due.getTime());
    const right = nextReviewCard(missed, true, later);
    expect(right!.due.getTime()).toBeGreaterThan(missed!.due.getTime());
    expect(right!.reps).toBe(missed!.reps + 1);
  });
});
