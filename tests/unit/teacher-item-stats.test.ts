import { discrimination, discriminationBand, shareCorrect } from "@/lib/reports/item-stats";
import { choiceInWords, correctChoice, misconceptionsFor } from "@/lib/quiz/answers";
import { scoreDistribution } from "@/lib/reports/distribution";
import type { Question } from "@/lib/content/schema";
import type { ScoreTable } from "@/lib/reports/score-table";

describe("discrimination", () => {
  it("is the upper group's share correct minus the lower group's", () => {
    expect(discrimination({ upperN: 10, upperCorrect: 9, lowerN: 10, lowerCorrect: 3 })).toBeCloseTo(0.6);
    expect(discrimination({ upperN: 4, upperCorrect: 1, lowerN: 5, lowerCorrect: 5 })).toBeCloseTo(-0.75);
  });
  it("is unknown when a group has no answers", () => {
    expect(discrimination({ upperN: 0, upperCorrect: 0, lowerN: 3, lowerCorrect: 1 })).toBeNull();
    expect(discriminationBand(null)).toBe("not-enough");
    expect(discriminationBand(0.5)).toBe("well");
    expect(discriminationBand(0.2)).toBe("somewhat");
    expect(discriminationBand(0)).toBe("barely");
    expect(discriminationBand(-0.1)).toBe("negative");
  });
  it("shares correct are null without answers", () => {
    expect(shareCorrect(0, 0)).toBeNull();
    expect(shareCorrect(3, 4)).toBe(0.75);
  });
});

const base = { explanation: "x", eventIds: ["e"], sourceIds: [], fromFaq: false };
const single: Question = {
  ...base,
  id: "q",
  type: "single",
  prompt: "p",
  options: [
    { id: "a", text: "Alpha" },
    { id: "b", text: "Beta" },
  ],
  answer: "a",
  misconceptions: { b: "Thinks it was beta" },
};
const multiple: Question = {
  ...base,
  id: "m",
  type: "multiple",
  prompt: "p",
  options: [
    { id: "a", text: "Alpha" },
    { id: "b", text: "Beta" },
    { id: "c", text: "Gamma" },
  ],
  answers: ["c", "a"],
  misconceptions: { b: "Beta note" },
};
const order: Question = {
  ...base,
  id: "o",
  type: "order",
  prompt: "p",
  items: [
    { id: "x", text: "First" },
    { id: "y", text: "Second" },
    { id: "z", text: "Third" },
  ],
  misconceptions: {},
};

describe("answers in words", () => {
  it("maps canonical choices back to what the learner saw", () => {
    expect(choiceInWords(single, "b")).toBe("Beta");
    expect(choiceInWords(multiple, "a,b")).toBe("Alpha; Beta");
    expect(choiceInWords(order, "z>x>y")).toBe("Third → First → Second");
    expect(
      choiceInWords({ ...base, id: "t", type: "true-false", prompt: "p", answer: true, misconceptions: {} }, "false"),
    ).toBe("False");
  });
  it("gives the right answer in the same canonical form", () => {
    expect(correctChoice(multiple)).toBe("a,c");
    expect(correctChoice(order)).toBe("x>y>z");
  });
  it("finds the misconception behind a wrong choice, per option for multiple choice", () => {
    expect(misconceptionsFor(single, "b")).toEqual(["Thinks it was beta"]);
    expect(misconceptionsFor(single, "a")).toEqual([]);
    expect(misconceptionsFor(multiple, "a,b")).toEqual(["Beta note"]);
  });
});

describe("scoreDistribution", () => {
  it("bins best scores and counts students without a finished quiz apart", () => {
    const student = (best: number | null) => ({
      enrollmentId: String(best),
      displayName: "s",
      joinedAt: "",
      units: {
        u: {
          attempts: best === null ? 0 : 1,
          best,
          last: best,
          mastery: "attempted" as const,
          eventsRead: 0,
          inProgress: null,
        },
      },
    });
    const table: ScoreTable = {
      classId: "c",
      mode: "all",
      generatedAt: "",
      units: [{ id: "u", title: "U", eventsTotal: 1 }],
      students: [student(0), student(0.19), student(0.2), student(0.6), student(0.8), student(1), student(null)],
    };
    const { bins, notStarted } = scoreDistribution(table, "u");
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 1, 2]);
    expect(notStarted).toBe(1);
  });
});
