import path from "node:path";
import { chronologyQuestions, difficultyOf, formatDay, formatGap, GENERATED_ID_PREFIX } from "@/lib/content/chronology";
import { markedlyLonger } from "@/lib/content/item-quality";
import { loadUnitFromDir } from "@/lib/content/load";
import { questionSchema, type Question, type TimelineEvent } from "@/lib/content/schema";
import { validateUnit } from "@/lib/content/validate";
import { buildPlan } from "@/lib/quiz/plan";

const realDir = path.join(process.cwd(), "content", "northern-kosovo-2023");
const { unit } = loadUnitFromDir(realDir);
const events = unit!.events;

function event(id: string, date: string, title = `Event ${id}`): TimelineEvent {
  return {
    id,
    date,
    precision: date.length === 10 ? "day" : date.length === 7 ? "month" : "year",
    timeApproximate: false,
    title,
    summary: `Summary of ${id}.`,
    category: "statement",
    actors: [],
    sourceIds: ["s"],
    claims: [],
  };
}

const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
const byId = new Map(events.map((e) => [e.id, e]));
const dateOf = (id: string) => byId.get(id)!.date;

describe("chronology questions generated from the timeline", () => {
  const generated = chronologyQuestions(events);

  it("makes 'which first', 'put in order' and 'how long after' items that the question schema accepts", () => {
    expect(generated.length).toBeGreaterThanOrEqual(6);
    // An event of a "which first" or "how long after" question is in no other generated question:
    // a "how long after A did B happen" prompt tells that A came first.
    const pairs = generated.filter((q) => q.type === "single");
    for (const q of pairs) {
      const others = generated.filter((o) => o !== q).flatMap((o) => o.eventIds);
      expect(q.eventIds.filter((id) => others.includes(id))).toEqual([]);
    }
    for (const q of generated) {
      expect(questionSchema.parse(q)).toEqual(q);
      expect(q.id.startsWith(GENERATED_ID_PREFIX)).toBe(true);
      expect(q.origin).toBe("timeline");
      expect(q.fromFaq).toBe(false);
    }
    const kinds = new Set(generated.map((q) => q.id.split("-")[1]));
    expect(kinds).toEqual(new Set(["first", "order", "gap"]));
  });

  it("keys 'which first' to the earlier event and never compares two events of the same day", () => {
    const first = generated.filter((q) => q.id.startsWith("timeline-first-"));
    expect(first.length).toBe(3);
    for (const q of first) {
      if (q.type !== "single") throw new Error("which-first is a single-choice question");
      const [a, b] = q.options.map((o) => o.id);
      expect(dateOf(a!)).not.toBe(dateOf(b!));
      const earlier = dateOf(a!) < dateOf(b!) ? a : b;
      expect(q.answer).toBe(earlier);
      expect(q.eventIds.sort()).toEqual([a, b].sort());
      // Feedback names both dates, so the learner sees why.
      expect(q.explanation).toContain(formatDay(dateOf(a!)));
      expect(q.explanation).toContain(formatDay(dateOf(b!)));
    }
  });

  it("keys 'put in order' to the timeline's order, with four events on four different days", () => {
    const orders = generated.filter((q) => q.type === "order");
    expect(orders.length).toBe(2);
    for (const q of orders) {
      if (q.type !== "order") continue;
      const dates = q.items.map((i) => dateOf(i.id));
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(4);
      // The prompt lists the events alphabetically, not in the answer's order.
      const listed = q.prompt.match(/"[^"]+"/g)!.map((t) => t.slice(1, -1));
      expect(listed).toEqual([...listed].sort());
    }
  });

  it("keys 'how long after' to the real gap, with distractors at least half as far again and apart from each other", () => {
    const gaps = generated.filter((q) => q.id.startsWith("timeline-gap-"));
    expect(gaps.length).toBe(3);
    for (const q of gaps) {
      if (q.type !== "single") throw new Error("how-long-after is a single-choice question");
      const [earlier, later] = [...q.eventIds].sort((x, y) => dateOf(x).localeCompare(dateOf(y)));
      const gap = days(dateOf(earlier!), dateOf(later!));
      const right = q.options.find((o) => o.id === q.answer)!;
      expect(right.text).toBe(formatGap(gap));
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options.map((o) => o.text)).size).toBe(4);
      expect(
        markedlyLonger(
          right.text,
          q.options.filter((o) => o !== right).map((o) => o.text),
        ),
      ).toBe(false);
    }
  });

  it("sets difficulty from the distance between the dates: closer is harder", () => {
    expect([1, 3, 4, 31, 32, 5000].map(difficultyOf)).toEqual(["hard", "hard", "medium", "medium", "easy", "easy"]);
    for (const q of generated.filter((g) => g.type === "single")) {
      const [a, b] = q.eventIds.map(dateOf);
      expect(q.difficulty).toBe(difficultyOf(Math.abs(days(a!, b!))));
    }
    expect(new Set(generated.map((q) => q.difficulty))).toEqual(new Set(["easy", "medium", "hard"]));
  });

  it("formats gaps as a student would say them", () => {
    expect([1, 2, 13, 14, 20, 62, 63, 200, 729, 730, 9000].map((d) => formatGap(d))).toEqual([
      "1 day",
      "2 days",
      "13 days",
      "about 2 weeks",
      "about 3 weeks",
      "about 9 weeks",
      "about 2 months",
      "about 7 months",
      "about 24 months",
      "about 2 years",
      "about 25 years",
    ]);
  });

  it("gives the same questions with the same ids on every load, whatever the order of the events", () => {
    const again = chronologyQuestions([...events].reverse());
    expect(again).toEqual(generated);
    expect(chronologyQuestions(events.map((e) => ({ ...e })))).toEqual(generated);
  });

  it("keeps a question's id when the wording or a date of its events is corrected", () => {
    const q = generated.find((g) => g.id.startsWith("timeline-first-"))!;
    const [a] = q.eventIds;
    // A reworded title of the same length, so that the same pairs stay comparable.
    const reworded = events.map((e) => (e.id === a ? { ...e, title: e.title.toUpperCase() } : e));
    const same = chronologyQuestions(reworded).find((g) => g.id === q.id);
    expect(same?.type === "single" && same.options.map((o) => o.text)).toContain(byId.get(a!)!.title.toUpperCase());
    const moved = events.map((e) => (e.id === a ? { ...e, date: "2023-09-25" } : e));
    const ids = chronologyQuestions(moved).map((g) => g.id);
    const firstIds = generated.map((g) => g.id);
    // Questions whose events are still picked keep their ids (only the pairing may change).
    expect(ids.filter((id) => firstIds.includes(id)).length).toBeGreaterThan(0);
  });

  it("uses only events dated to the day, and needs two of them", () => {
    expect(chronologyQuestions([])).toEqual([]);
    expect(chronologyQuestions([event("a", "2023-01-01")])).toEqual([]);
    expect(chronologyQuestions([event("a", "2023-01"), event("b", "2024"), event("c", "2023-03-01")])).toEqual([]);
    const two = chronologyQuestions([event("a", "2023-01-01"), event("b", "2023-01-02")]);
    expect(two.map((q) => q.id.split("-")[1])).toEqual(["first"]);
    expect(two[0]!.difficulty).toBe("hard");
  });

  it("stays fast and bounded on a timeline of a thousand events", () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      event(`e-${i}`, new Date(Date.UTC(2020, 0, 1 + Math.floor(i * 0.9))).toISOString().slice(0, 10)),
    );
    const started = performance.now();
    const questions = chronologyQuestions(many);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(questions.length).toBeLessThanOrEqual(8);
    expect(questions.length).toBeGreaterThanOrEqual(6);
  });
});

describe("generated questions in the quiz", () => {
  it("are part of the unit's questions, drawn for the whole-unit quiz and never for the FAQ quiz", () => {
    const all = unit!.questions;
    const generatedIds = new Set(all.filter((q) => q.origin === "timeline").map((q) => q.id));
    let drawn = 0;
    for (let seed = 0; seed < 40; seed++) {
      drawn += buildPlan("unit", all, `seed-${seed}`).filter((item) => generatedIds.has(item.question)).length;
      expect(buildPlan("faq", all, `seed-${seed}`).some((item) => generatedIds.has(item.question))).toBe(false);
    }
    expect(drawn).toBeGreaterThan(0);
  });

  it("give a unit with no question written by hand a quiz of its own", () => {
    const raw = {
      "unit.json": {
        slug: "tiny",
        title: "Tiny",
        summary: "A unit without written questions.",
        language: "en",
        asOf: "2024-01-01",
        article: { title: "Article", date: "2024-01-01", sourceId: "s" },
        about: ["About."],
      },
      "actors.json": [],
      "sources.json": [
        {
          id: "s",
          title: "Article",
          publisher: "Press",
          date: "2024-01-01",
          language: "en",
          url: "https://example.org/a",
          kind: "article",
        },
      ],
      "events.json": [
        "2023-01-01",
        "2023-01-03",
        "2023-01-05",
        "2023-02-01",
        "2023-03-01",
        "2023-05-01",
        "2023-09-01",
        "2023-09-02",
        "2023-12-01",
        "2023-12-20",
      ].map((date, i) => event(`e${i}`, date)),
      "questions.json": [],
    };
    const { unit: tiny, problems } = validateUnit("tiny", raw);
    expect(problems).toEqual([]);
    const questions: Question[] = tiny!.questions;
    expect(questions.length).toBeGreaterThanOrEqual(4);
    expect(buildPlan("unit", questions, "x").length).toBe(questions.length);
  });
});
