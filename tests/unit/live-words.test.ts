import type { Question } from "@/lib/content/schema";
import { answerCounts, answerWords } from "@/lib/live/view";

// The words of the live stream that are not content ("True", "(left blank)") come from the live
// catalogue of the connection's language; counts are labelled with them.

const base = { explanation: "x", eventIds: ["e"], sourceIds: [], fromFaq: false, misconceptions: {} };
const trueFalse: Question = { ...base, id: "tf", type: "true-false", prompt: "p", answer: false };
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
};
const short: Question = { ...base, id: "s", type: "short-answer", prompt: "p", accepted: ["banjska"] };

describe("the live stream's own words", () => {
  it("reads true, false and the blank answer from each language's catalogue", () => {
    expect(answerWords("en")).toEqual({
      true: "True",
      false: "False",
      blank: "(left blank)",
      nothingChosen: "(nothing chosen)",
    });
    expect(answerWords("sq")).toMatchObject({ true: "E vërtetë", false: "E gabuar" });
    expect(answerWords("sr-Latn")).toMatchObject({ true: "Tačno", false: "Netačno", blank: "(bez odgovora)" });
  });

  it("labels true/false counts, ordered and blank answers in the viewer's words, the key marked after the reveal", () => {
    const choices = [
      { choice: "false", count: 3, correct: true },
      { choice: "true", count: 1, correct: false },
    ];
    expect(answerCounts(trueFalse, choices, true, null, answerWords("sr-Latn"))).toEqual([
      { label: "Tačno", count: 1, correct: false },
      { label: "Netačno", count: 3, correct: true },
    ]);
    expect(answerCounts(trueFalse, choices, false, null, answerWords("sq")).map((c) => c.label)).toEqual([
      "E vërtetë",
      "E gabuar",
    ]);
    expect(answerCounts(order, [{ choice: "z>x>y", count: 2, correct: false }], false)).toEqual([
      { label: "Third → First → Second", count: 2 },
    ]);
    expect(answerCounts(short, [{ choice: "", count: 1, correct: false }], true, null, answerWords("sq"))).toEqual([
      { label: "(lënë bosh)", count: 1, correct: false },
    ]);
  });
});
