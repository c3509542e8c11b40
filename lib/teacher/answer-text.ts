import type { Question } from "@/lib/content/schema";

// Response.choice is the quiz's canonical form of an answer (single: option id; multiple: sorted
// ids joined by ","; true-false: "true"/"false"; order: item ids joined by ">"; short-answer:
// normalised text). These turn it back into the words the learner saw.

function optionText(options: { id: string; text: string }[], id: string): string {
  return options.find((o) => o.id === id)?.text ?? id;
}

export function choiceInWords(question: Question, choice: string): string {
  switch (question.type) {
    case "single":
      return optionText(question.options, choice);
    case "multiple":
      return choice === "" ? "(nothing chosen)" : choice.split(",").map((id) => optionText(question.options, id)).join("; ");
    case "true-false":
      return choice === "true" ? "True" : choice === "false" ? "False" : choice;
    case "order":
      return choice.split(">").map((id) => optionText(question.items, id)).join(" → ");
    case "short-answer":
      return choice === "" ? "(left blank)" : choice;
  }
}

/** The canonical form of the right answer, comparable with Response.choice. */
export function correctChoice(question: Question): string {
  switch (question.type) {
    case "single":
      return question.answer;
    case "multiple":
      return [...question.answers].sort().join(",");
    case "true-false":
      return String(question.answer);
    case "order":
      return question.items.map((i) => i.id).join(">");
    case "short-answer":
      return question.accepted[0] ?? "";
  }
}

/** What the content says choosing this wrong answer suggests the learner believes. */
export function misconceptionsFor(question: Question, choice: string): string[] {
  const notes = question.misconceptions;
  const direct = notes[choice];
  if (direct) return [direct];
  if (question.type !== "multiple") return [];
  return choice
    .split(",")
    .map((id) => notes[id])
    .filter((text): text is string => text !== undefined);
}
