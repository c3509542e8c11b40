import type { Question } from "@/lib/content/schema";
import {
  answerSchemaFor,
  correctAnswerOf,
  multipleSelectCredit,
  optionMarks,
  positionMarks,
  scoreAnswer,
} from "@/lib/quiz/answers";
import { matchesAccepted, normaliseShortAnswer } from "@/lib/quiz/normalise";

const base = {
  prompt: "?",
  explanation: "Because.",
  eventIds: ["e"],
  sourceIds: [],
  fromFaq: false,
  misconceptions: {},
};
const single: Question = {
  ...base,
  id: "s",
  type: "single",
  options: [
    { id: "a", text: "A" },
    { id: "b", text: "B" },
  ],
  answer: "a",
};
const multiple: Question = {
  ...base,
  id: "m",
  type: "multiple",
  options: [
    { id: "a", text: "A" },
    { id: "b", text: "B" },
    { id: "c", text: "C" },
  ],
  answers: ["c", "a"],
};
const trueFalse: Question = { ...base, id: "t", type: "true-false", answer: false };
const order: Question = {
  ...base,
  id: "o",
  type: "order",
  items: [
    { id: "x", text: "X" },
    { id: "y", text: "Y" },
    { id: "z", text: "Z" },
  ],
};
const short: Question = { ...base, id: "sa", type: "short-answer", accepted: ["Banjska", "Banjskë"] };

const score = (q: Question, answer: unknown) => scoreAnswer(q, answerSchemaFor(q).parse(answer));

describe("scoring", () => {
  it("single choice: the key's option only; choice is the option id", () => {
    expect(score(single, "a")).toEqual({ answer: "a", choice: "a", correct: true, score: 1 });
    expect(score(single, "b")).toEqual({ answer: "b", choice: "b", correct: false, score: 0 });
  });

  it("multiple choice: exactly the keyed options in any order; choice is the sorted ids", () => {
    expect(score(multiple, ["c", "a"])).toEqual({ answer: ["a", "c"], choice: "a,c", correct: true, score: 1 });
    expect(score(multiple, ["a"]).correct).toBe(false);
    expect(score(multiple, ["a", "b", "c"])).toMatchObject({ choice: "a,b,c", correct: false, score: 0.5 });
  });

  it("multiple choice earns part of the point per option: right ones count for, wrong ones against", () => {
    expect(score(multiple, ["a"])).toMatchObject({ correct: false, score: 0.5 });
    expect(score(multiple, ["a", "b"])).toMatchObject({ correct: false, score: 0 });
    expect(score(multiple, ["b"])).toMatchObject({ correct: false, score: 0 });
    expect(multipleSelectCredit(["a", "b", "c"], ["a", "c"])).toEqual({
      right: 2,
      of: 3,
      wrongChosen: 0,
      score: 0.667,
    });
    expect(multipleSelectCredit(["a", "b", "c"], ["a", "c", "d"])).toEqual({
      right: 2,
      of: 3,
      wrongChosen: 1,
      score: 0.333,
    });
  });

  it("marks every option and every ordering position for feedback", () => {
    expect(optionMarks(multiple, ["a", "b"])).toEqual([
      { id: "a", text: "A", chosen: true, inKey: true },
      { id: "b", text: "B", chosen: true, inKey: false },
      { id: "c", text: "C", chosen: false, inKey: true },
    ]);
    expect(optionMarks(single, "b")?.map((o) => [o.id, o.chosen, o.inKey])).toEqual([
      ["a", false, true],
      ["b", true, false],
    ]);
    expect(positionMarks(order, ["y", "x", "z"])).toEqual([
      { id: "y", text: "Y", position: 1, correctPosition: 2 },
      { id: "x", text: "X", position: 2, correctPosition: 1 },
      { id: "z", text: "Z", position: 3, correctPosition: 3 },
    ]);
    expect(optionMarks(trueFalse, true)).toBeNull();
  });

  it("true/false compares booleans; choice is the word", () => {
    expect(score(trueFalse, false)).toEqual({ answer: false, choice: "false", correct: true, score: 1 });
    expect(score(trueFalse, true)).toEqual({ answer: true, choice: "true", correct: false, score: 0 });
  });

  it("ordering: only the exact order counts; choice is the learner's order", () => {
    expect(score(order, ["x", "y", "z"])).toEqual({
      answer: ["x", "y", "z"],
      choice: "x>y>z",
      correct: true,
      score: 1,
    });
    expect(score(order, ["y", "x", "z"])).toEqual({
      answer: ["y", "x", "z"],
      choice: "y>x>z",
      correct: false,
      score: 0,
    });
  });

  it("short answer: tolerant of case, spacing, punctuation and diacritics; choice is the normalised text", () => {
    expect(score(short, "  BANJSKE. ")).toEqual({ answer: "BANJSKE.", choice: "banjske", correct: true, score: 1 });
    expect(score(short, "Banjskë")).toMatchObject({ correct: true, score: 1 });
    expect(score(short, "Zvečan")).toEqual({ answer: "Zvečan", choice: "zvecan", correct: false, score: 0 });
  });

  it("gives the key in words for feedback", () => {
    expect(correctAnswerOf(multiple)).toEqual({ value: ["a", "c"], lines: ["A", "C"] });
    expect(correctAnswerOf(order).lines).toEqual(["X", "Y", "Z"]);
    expect(correctAnswerOf(trueFalse)).toEqual({ value: false, lines: ["False"] });
  });
});

describe("answer shapes", () => {
  it.each([
    [single, ["a"]],
    [single, "not-an-option"],
    [multiple, "a"],
    [multiple, []],
    [multiple, ["a", "a"]],
    [trueFalse, "false"],
    [order, ["x", "y"]],
    [order, ["x", "y", "y"]],
    [order, ["x", "y", "q"]],
    [short, 42],
    [short, "   "],
    [short, "x".repeat(201)],
  ])("refuses a wrong shape for %# ", (question, answer) => {
    expect(answerSchemaFor(question).safeParse(answer).success).toBe(false);
  });
});

describe("short-answer normalisation", () => {
  it("folds case, spacing, punctuation and the diacritics of the region's names", () => {
    expect(normaliseShortAnswer("  North   Mitrovica! ")).toBe("north mitrovica");
    expect(normaliseShortAnswer("Zvečan, Leposavić")).toBe("zvecan leposavic");
    expect(normaliseShortAnswer("Šćepan Žarković")).toBe("scepan zarkovic");
    expect(normaliseShortAnswer("Banjskë")).toBe("banjske");
    expect(normaliseShortAnswer("Đakovica")).toBe("dakovica");
    expect(normaliseShortAnswer("KOSOVO-FORCE")).toBe("kosovo force");
  });

  it("accepts any listed variant and nothing empty", () => {
    expect(matchesAccepted("the kosovo force", ["Kosovo Force", "the Kosovo Force"])).toBe(true);
    expect(matchesAccepted("kosovo", ["Kosovo Force"])).toBe(false);
    expect(matchesAccepted("?!", ["?"])).toBe(false);
  });
});
