import { contentUnit as getUnit } from "@/tests/support/content";
import type { Question } from "@/lib/content/schema";
import { parsePlan } from "@/lib/quiz/attempts";
import { buildPlan, WHOLE_UNIT_QUESTIONS } from "@/lib/quiz/plan";
import { publicQuestion } from "@/lib/quiz/public-view";

const unit = getUnit("northern-kosovo-2023");
if (!unit) throw new Error("the first unit does not load");
const questions = unit.questions;

describe("attempt plans", () => {
  it("FAQ mode asks the unit's FAQ questions in the article's order", () => {
    const plan = buildPlan("faq", questions, "seed-1");
    expect(plan.map((p) => p.question)).toEqual(questions.filter((q) => q.fromFaq).map((q) => q.id));
  });

  it("whole-unit mode draws up to 12 distinct questions", () => {
    const plan = buildPlan("unit", questions, "seed-1");
    expect(plan).toHaveLength(Math.min(WHOLE_UNIT_QUESTIONS, questions.length));
    expect(new Set(plan.map((p) => p.question)).size).toBe(plan.length);
  });

  it("is reproducible from the seed and differs between seeds", () => {
    expect(buildPlan("unit", questions, "abc")).toEqual(buildPlan("unit", questions, "abc"));
    const seeds = ["a", "b", "c", "d", "e"].map((s) => JSON.stringify(buildPlan("unit", questions, s)));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it("shuffles every option list as a permutation, and never shows an ordering question already solved", () => {
    for (const seed of Array.from({ length: 30 }, (_, i) => `s${i}`)) {
      for (const item of buildPlan("unit", questions, seed)) {
        const question = questions.find((q) => q.id === item.question) as Question;
        if (question.type === "single" || question.type === "multiple") {
          expect([...(item.order ?? [])].sort()).toEqual(question.options.map((o) => o.id).sort());
        }
        if (question.type === "order") {
          const correct = question.items.map((i) => i.id);
          expect([...(item.order ?? [])].sort()).toEqual([...correct].sort());
          expect(item.order).not.toEqual(correct);
        }
      }
    }
  });

  it("review mode asks only the given questions", () => {
    const due = questions.slice(0, 3);
    expect(
      buildPlan("review", due, "r")
        .map((p) => p.question)
        .sort(),
    ).toEqual(due.map((q) => q.id).sort());
  });
});

describe("the public view of a question", () => {
  it("never carries the key, explanation, misconceptions or events", () => {
    for (const item of buildPlan("unit", questions, "view")) {
      const question = questions.find((q) => q.id === item.question) as Question;
      const view = publicQuestion(question, item);
      expect(Object.keys(view).sort()).toEqual(
        question.type === "single" || question.type === "multiple"
          ? ["id", "options", "prompt", "type"]
          : question.type === "order"
            ? ["id", "items", "prompt", "type"]
            : ["id", "prompt", "type"],
      );
      const text = JSON.stringify(view);
      expect(text).not.toContain(question.explanation);
      if (question.type === "short-answer") question.accepted.forEach((a) => expect(text).not.toContain(`"${a}"`));
      if (question.type === "order")
        expect(view).toMatchObject({ items: item.order?.map((id) => expect.objectContaining({ id })) });
    }
  });
});

describe("stored plans", () => {
  // parsePlan reads the plan of an attempt on every answer; attempts.ts keeps it parsed by text.
  const row = (plan: string) => ({ plan }) as Parameters<typeof parsePlan>[0];

  it("are validated, and the same text gives the same plan", () => {
    const text = JSON.stringify([{ question: "a", order: ["x", "y"], extra: 1 }, { question: "b" }]);
    const plan = parsePlan(row(text));
    expect(plan).toEqual([{ question: "a", order: ["x", "y"] }, { question: "b" }]);
    expect(parsePlan(row(`${text}`))).toBe(plan);
  });

  it("are refused every time they are malformed", () => {
    for (let i = 0; i < 2; i++) {
      expect(() => parsePlan(row("[]"))).toThrow();
      expect(() => parsePlan(row('[{"order":[]}]'))).toThrow();
    }
  });
});
