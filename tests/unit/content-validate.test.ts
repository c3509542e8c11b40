import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatProblems, loadContent, loadUnitFromDir } from "@/lib/content/load";
import { contentUnit as getUnit, contentUnits as getUnits } from "@/tests/support/content";
import type { Problem } from "@/lib/content/validate";
import { impossibleDateReason } from "@/lib/content/validate";

const slug = "northern-kosovo-2023";
const realDir = path.join(process.cwd(), "content", slug);
// The optional files (the map's places, eras, actor groups) travel with the unit: events refer to places.
const fileNames = [
  "unit.json",
  "actors.json",
  "sources.json",
  "events.json",
  "questions.json",
  "places.json",
  "eras.json",
  "actor-groups.json",
] as const;
type FileName = (typeof fileNames)[number];
// The test edits parsed JSON freely; its shape is what the validator is there to check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Files = Record<FileName, any>;

let tmpRoot: string;
beforeAll(() => {
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-content-"));
});
afterAll(() => {
  fs.rmSync(tmpRoot, { recursive: true, force: true });
});

function readRealFiles(): Files {
  return Object.fromEntries(
    fileNames.map((name) => [name, JSON.parse(fs.readFileSync(path.join(realDir, name), "utf8"))]),
  ) as Files;
}

let caseNumber = 0;
/** Copies the real unit into a fresh folder, lets `corrupt` break it, and loads it. */
function loadCorrupted(corrupt: (files: Files) => void, folder = slug): Problem[] {
  const dir = path.join(tmpRoot, String(caseNumber++), folder);
  fs.mkdirSync(dir, { recursive: true });
  const files = readRealFiles();
  corrupt(files);
  for (const name of fileNames) fs.writeFileSync(path.join(dir, name), JSON.stringify(files[name], null, 2));
  const { unit, problems } = loadUnitFromDir(dir);
  if (problems.length > 0) expect(unit).toBeUndefined();
  return problems;
}

function expectProblem(problems: Problem[], file: FileName, fieldPath: string, message: RegExp, folder = slug) {
  expect(problems).toContainEqual({
    file: `${folder}/${file}`,
    path: fieldPath,
    message: expect.stringMatching(message),
  });
}

describe("the first unit", () => {
  const { unit, problems } = loadUnitFromDir(realDir);

  it("passes validation with zero problems", () => {
    expect(formatProblems(problems)).toBe("");
    expect(unit).toBeDefined();
  });

  it("has at least 18 events between 24 September and 19 October 2023", () => {
    const main = unit!.events.filter((e) => e.date >= "2023-09-24" && e.date <= "2023-10-19");
    expect(main.length).toBeGreaterThanOrEqual(18);
  });

  it("has the article's 4 FAQ questions as single-choice questions with 4 options, and at least 14 others", () => {
    const faq = unit!.questions.filter((q) => q.fromFaq);
    expect(faq).toHaveLength(4);
    for (const q of faq) {
      expect(q.type).toBe("single");
      if (q.type !== "single") continue;
      expect(q.options).toHaveLength(4);
      const wrong = q.options.filter((o) => o.id !== q.answer).map((o) => o.id);
      expect(Object.keys(q.misconceptions).sort()).toEqual(wrong.sort());
    }
    expect(unit!.questions.filter((q) => !q.fromFaq).length).toBeGreaterThanOrEqual(14);
    expect(unit!.questions.filter((q) => q.type === "order").length).toBeGreaterThanOrEqual(3);
    expect(unit!.questions.filter((q) => q.type === "multiple").length).toBeGreaterThanOrEqual(1);
    expect(unit!.questions.filter((q) => q.type === "true-false").length).toBeGreaterThanOrEqual(2);
  });

  it("sorts events by date, then time, then file order", () => {
    const dates = unit!.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const firstOfAttack = unit!.events.find((e) => e.date === "2023-09-24");
    expect(firstOfAttack?.id).toBe("banjska-ambush");
  });

  it("hashes the files' bytes, so an unchanged copy has the same hash", () => {
    const copy = path.join(tmpRoot, "copy", slug);
    fs.mkdirSync(copy, { recursive: true });
    for (const name of fileNames) fs.copyFileSync(path.join(realDir, name), path.join(copy, name));
    // Translations are part of the unit's hash too.
    if (fs.existsSync(path.join(realDir, "translations")))
      fs.cpSync(path.join(realDir, "translations"), path.join(copy, "translations"), { recursive: true });
    expect(loadUnitFromDir(copy).unit?.contentHash).toBe(unit!.contentHash);
    fs.appendFileSync(path.join(copy, "events.json"), "\n");
    expect(loadUnitFromDir(copy).unit?.contentHash).not.toBe(unit!.contentHash);
  });
});

describe("app accessors", () => {
  it("serve the units of content/ sorted by title, and one unit by slug", () => {
    expect(getUnits().map((u) => u.meta.slug)).toContain(slug);
    expect(getUnit(slug)?.meta.title).toBe("Northern Kosovo, September 2023");
    expect(getUnit("no-such-unit")).toBeUndefined();
  });

  it("loadContent reports a content folder that cannot be read", () => {
    const { units, problems } = loadContent(path.join(tmpRoot, "does-not-exist"));
    expect(units).toEqual([]);
    expect(problems[0]?.message).toMatch(/cannot be read/);
  });
});

describe("formatProblems", () => {
  it("writes one line per problem with file, field and message", () => {
    expect(
      formatProblems([
        { file: "u/events.json", path: "events[3].sourceIds[0]", message: "unknown source id" },
        { file: "u/unit.json", path: "", message: "file is missing or cannot be read" },
      ]),
    ).toBe(
      "content/u/events.json: events[3].sourceIds[0]: unknown source id\ncontent/u/unit.json: file is missing or cannot be read",
    );
  });
});

describe("broken units", () => {
  it("reports a missing file and invalid JSON with the file name", () => {
    const dir = path.join(tmpRoot, "missing", slug);
    fs.mkdirSync(dir, { recursive: true });
    for (const name of fileNames) fs.copyFileSync(path.join(realDir, name), path.join(dir, name));
    fs.rmSync(path.join(dir, "actors.json"));
    fs.writeFileSync(path.join(dir, "sources.json"), "[{");
    const { unit, problems } = loadUnitFromDir(dir);
    expect(unit).toBeUndefined();
    expectProblem(problems, "actors.json", "", /missing/);
    expectProblem(problems, "sources.json", "", /invalid JSON/);
  });

  it("maps schema errors to file and field", () => {
    const problems = loadCorrupted((f) => {
      f["events.json"][3].sourceIds = [];
      f["events.json"][4].category = "riot";
      f["unit.json"].language = "English";
      f["actors.json"][0].surprise = true;
    });
    expectProblem(problems, "events.json", "events[3].sourceIds", /at least one source/);
    expectProblem(problems, "events.json", "events[4].category", /./);
    expectProblem(problems, "unit.json", "language", /./);
    expectProblem(problems, "actors.json", "actors[0]", /surprise/);
  });

  it("reports a file that is not an array", () => {
    const problems = loadCorrupted((f) => {
      f["questions.json"] = { questions: [] };
    });
    expectProblem(problems, "questions.json", "questions", /JSON array/);
  });

  it("reports unknown source, actor and event ids wherever they are used", () => {
    let withClaims = -1;
    const problems = loadCorrupted((f) => {
      f["events.json"][3].sourceIds[0] = "no-such-source";
      f["events.json"][2].actors = ["no-such-actor"];
      withClaims = f["events.json"].findIndex((e: { claims?: unknown[] }) => (e.claims ?? []).length > 0);
      f["events.json"][withClaims].claims[0].by = "nobody";
      f["events.json"][withClaims].claims[0].sourceIds = ["nowhere"];
      f["questions.json"][5].eventIds = ["no-such-event"];
      f["questions.json"][6].sourceIds = ["no-such-source"];
      f["unit.json"].corrections[0].sourceIds[0] = "no-such-source";
      f["unit.json"].article.sourceId = "no-such-article";
    });
    expectProblem(problems, "events.json", "events[3].sourceIds[0]", /unknown source id "no-such-source"/);
    expectProblem(problems, "events.json", "events[2].actors[0]", /unknown actor id "no-such-actor"/);
    expectProblem(problems, "events.json", `events[${withClaims}].claims[0].by`, /unknown actor id "nobody"/);
    expectProblem(
      problems,
      "events.json",
      `events[${withClaims}].claims[0].sourceIds[0]`,
      /unknown source id "nowhere"/,
    );
    expectProblem(problems, "questions.json", "questions[5].eventIds[0]", /unknown event id "no-such-event"/);
    expectProblem(problems, "questions.json", "questions[6].sourceIds[0]", /unknown source id/);
    expectProblem(problems, "unit.json", "corrections[0].sourceIds[0]", /unknown source id/);
    expectProblem(problems, "unit.json", "article.sourceId", /unknown source id "no-such-article"/);
  });

  it("reports duplicate ids of events, sources, actors and questions", () => {
    const problems = loadCorrupted((f) => {
      for (const name of ["events.json", "sources.json", "actors.json", "questions.json"] as const) {
        f[name][2].id = f[name][1].id;
      }
    });
    expectProblem(problems, "events.json", "events[2].id", /duplicate id .*events\[1\]/);
    expectProblem(problems, "sources.json", "sources[2].id", /duplicate id/);
    expectProblem(problems, "actors.json", "actors[2].id", /duplicate id/);
    expectProblem(problems, "questions.json", "questions[2].id", /duplicate id/);
  });

  it("reports impossible dates and a precision that does not match the date", () => {
    const problems = loadCorrupted((f) => {
      f["events.json"][0].date = "2023-02-30";
      f["events.json"][1].date = "2023-13";
      f["events.json"][1].precision = "month";
      f["events.json"][2].precision = "month";
      f["sources.json"][0].date = "2023-04-31";
      f["events.json"][7].time = "25:10";
    });
    expectProblem(problems, "events.json", "events[0].date", /not a real date/);
    expectProblem(problems, "events.json", "events[1].date", /month 13/);
    expectProblem(problems, "events.json", "events[2].precision", /does not match/);
    expectProblem(problems, "sources.json", "sources[0].date", /not a real date/);
    expectProblem(problems, "events.json", "events[7].time", /not a real time/);
  });

  it("knows leap years", () => {
    expect(impossibleDateReason("2024-02-29")).toBeUndefined();
    expect(impossibleDateReason("2023-02-29")).toMatch(/28 days/);
    expect(impossibleDateReason("2023")).toBeUndefined();
  });

  it("reports a question without an event", () => {
    const problems = loadCorrupted((f) => {
      f["questions.json"][0].eventIds = [];
    });
    expectProblem(problems, "questions.json", "questions[0].eventIds", /at least one event/);
  });

  it("reports answer keys that are not options", () => {
    let single = -1;
    let multiple = -1;
    const problems = loadCorrupted((f) => {
      single = f["questions.json"].findIndex((q: { type: string }) => q.type === "single");
      multiple = f["questions.json"].findIndex((q: { type: string }) => q.type === "multiple");
      f["questions.json"][single].answer = "not-an-option";
      f["questions.json"][multiple].answers.push("not-an-option");
    });
    expectProblem(problems, "questions.json", `questions[${single}].answer`, /not one of the option ids/);
    expectProblem(problems, "questions.json", `questions[${multiple}].answers[3]`, /not one of the option ids/);
  });

  it("reports duplicate option ids and duplicate option texts", () => {
    const problems = loadCorrupted((f) => {
      const options = f["questions.json"][0].options;
      options[2].id = options[1].id;
      options[3].text = ` ${options[1].text.toUpperCase()} `;
    });
    expectProblem(problems, "questions.json", "questions[0].options[2].id", /duplicate option id/);
    expectProblem(problems, "questions.json", "questions[0].options[3].text", /duplicate option text/);
  });

  it("reports an ordering question with fewer than 3 items", () => {
    let order = -1;
    const problems = loadCorrupted((f) => {
      order = f["questions.json"].findIndex((q: { type: string }) => q.type === "order");
      f["questions.json"][order].items = f["questions.json"][order].items.slice(0, 2);
    });
    expectProblem(problems, "questions.json", `questions[${order}].items`, /at least 3 items/);
  });

  it("reports misconceptions keyed by a non-option or by the correct option", () => {
    const problems = loadCorrupted((f) => {
      const q = f["questions.json"][0];
      q.misconceptions["no-such-option"] = "Thinks something.";
      q.misconceptions[q.answer] = "Thinks the right thing.";
    });
    const answer = readRealFiles()["questions.json"][0].answer;
    expectProblem(problems, "questions.json", "questions[0].misconceptions.no-such-option", /not an option/);
    expectProblem(problems, "questions.json", `questions[0].misconceptions.${answer}`, /correct answer/);
  });

  it("reports a unit slug that differs from its folder name", () => {
    const problems = loadCorrupted(() => {}, "another-folder");
    expectProblem(problems, "unit.json", "slug", /does not match the folder name "another-folder"/, "another-folder");
  });
});

describe("sources a student can open", () => {
  it("requires a url or an offline reason, but not both", () => {
    const problems = loadCorrupted((f) => {
      const withUrl = f["sources.json"].findIndex((s: { url?: string }) => s.url);
      delete f["sources.json"][withUrl].url;
      const offline = f["sources.json"].findIndex((s: { offline?: string }) => s.offline);
      f["sources.json"][offline].url = "https://example.org/somewhere";
    });
    const files = readRealFiles()["sources.json"];
    const withUrl = files.findIndex((s: { url?: string }) => s.url);
    const offline = files.findIndex((s: { offline?: string }) => s.offline);
    expectProblem(problems, "sources.json", `sources[${withUrl}].url`, /needs a url .* or `offline` with the reason/);
    expectProblem(problems, "sources.json", `sources[${offline}].offline`, /not offline; remove one/);
    // Its neighbour, untouched, is not reported.
    expect(problems.filter((p) => p.path === `sources[${withUrl + 1}].url`)).toEqual([]);
  });

  it("refuses placeholder titles, a missing language and addresses that are not web pages", () => {
    const problems = loadCorrupted((f) => {
      f["sources.json"][1].title = "Statements on the armed attack in Banjska";
      f["sources.json"][2].title = "Reports about the siege";
      f["sources.json"][3].title = "An article (seed article supplied to Eventline)";
      delete f["sources.json"][4].language;
      f["sources.json"][5].url = "ftp://example.org/file";
    });
    expectProblem(problems, "sources.json", "sources[1].title", /placeholder; give the title as published/);
    expectProblem(problems, "sources.json", "sources[2].title", /placeholder/);
    expectProblem(problems, "sources.json", "sources[3].title", /placeholder/);
    expectProblem(problems, "sources.json", "sources[4].language", /./);
    expectProblem(problems, "sources.json", "sources[5].url", /http\(s\) address/);
  });

  it("refuses a source dated before the event or claim it supports, to the event's precision", () => {
    const files = readRealFiles();
    const ambush = files["events.json"].findIndex((e: { id: string }) => e.id === "banjska-ambush");
    const resign = files["events.json"].findIndex((e: { id: string }) => e.id === "serb-officials-resign");
    const problems = loadCorrupted((f) => {
      f["sources.json"].push({
        id: "too-early",
        title: "A report",
        publisher: "Press",
        date: "2023-09-23",
        language: "en",
        url: "https://example.org/early",
        kind: "press",
      });
      // Same month as a month-precision event: not earlier.
      f["sources.json"].push({
        id: "same-month",
        title: "A report",
        publisher: "Press",
        date: "2022-11-01",
        language: "en",
        url: "https://example.org/month",
        kind: "press",
      });
      f["events.json"][ambush].sourceIds.push("too-early");
      f["events.json"][ambush].claims[0].sourceIds.push("too-early");
      f["events.json"][resign].sourceIds.push("same-month");
    });
    const last = files["events.json"][ambush].sourceIds.length;
    expectProblem(
      problems,
      "events.json",
      `events[${ambush}].sourceIds[${last}]`,
      /dated 2023-09-23, before the event it supports \(2023-09-24\)/,
    );
    expectProblem(
      problems,
      "events.json",
      `events[${ambush}].claims[0].sourceIds[${files["events.json"][ambush].claims[0].sourceIds.length}]`,
      /before the claim/,
    );
    expect(problems.filter((p) => p.path.startsWith(`events[${resign}]`))).toEqual([]);
  });

  it("every source of the first unit has a url or says why it is offline, a language, and a real title", () => {
    const { unit } = loadUnitFromDir(realDir);
    for (const source of unit!.sources) {
      expect(Boolean(source.url) !== Boolean(source.offline)).toBe(true);
      expect(source.title).not.toMatch(/^(statements|reports) on|seed article/i);
    }
    expect(unit!.sources.filter((s) => s.url).length).toBeGreaterThanOrEqual(50);
  });
});

describe("quiz items that cannot be gamed", () => {
  const files = readRealFiles();
  const indexOf = (id: string) => files["questions.json"].findIndex((q: { id: string }) => q.id === id);

  it("flags a correct option markedly longer than every distractor, and accepts balanced ones", () => {
    const q = indexOf("who-authorised-reinforcements");
    const problems = loadCorrupted((f) => {
      f["questions.json"][q].options[0].text =
        "NATO's North Atlantic Council, where every member state has a seat and decides together";
    });
    expectProblem(
      problems,
      "questions.json",
      `questions[${q}].options[0].text`,
      /markedly longer than every distractor/,
    );
    expect(loadCorrupted(() => {})).toEqual([]);
  });

  it("flags absolute words in distractors but not in the correct option", () => {
    const q = indexOf("faq-us-call");
    const problems = loadCorrupted((f) => {
      f["questions.json"][q].options[1].text = "Never send its army across the border again";
      f["questions.json"][q].options[0].text = "Withdraw all its forces from near the border";
    });
    expectProblem(problems, "questions.json", `questions[${q}].options[1].text`, /absolute word "never"/);
    expect(problems.filter((p) => p.path === `questions[${q}].options[0].text`)).toEqual([]);
  });

  it.each([["None of the above"], ["No soldiers at all near the line"], ["Nobody"]])(
    "flags the filler option %j",
    (filler) => {
      const q = indexOf("serbia-troop-figures");
      const problems = loadCorrupted((f) => {
        f["questions.json"][q].options[2].text = filler;
      });
      expectProblem(problems, "questions.json", `questions[${q}].options[2].text`, /"none of the above" style filler/);
    },
  );

  it("flags a question whose prompt or options give away another question's answer", () => {
    const country = files["questions.json"].length;
    const officer = indexOf("officer-killed");
    const us = indexOf("faq-us-call");
    const order = indexOf("order-first-week");
    const problems = loadCorrupted((f) => {
      f["questions.json"].push({
        id: "country-asked",
        type: "short-answer",
        prompt: "Which country was asked to withdraw its forces?",
        accepted: ["Serbia"],
        explanation: "Serbia.",
        eventIds: ["white-house-urges-withdrawal"],
      });
      f["questions.json"][order].items[0].text = "Sergeant Afrim Bunjaku is killed near Banjska";
    });
    expectProblem(
      problems,
      "questions.json",
      `questions[${us}].prompt`,
      /gives away the answer "Serbia" of question "country-asked"/,
    );
    expectProblem(
      problems,
      "questions.json",
      `questions[${order}].items[0].text`,
      /gives away the answer "Afrim Bunjaku" of question "officer-killed"/,
    );
    expect(problems.some((p) => p.path === `questions[${country}].prompt`)).toBe(false);
    expect(officer).toBeGreaterThan(-1);
  });

  it("flags an event title that, shown in generated chronology questions, gives away an answer", () => {
    const problems = loadCorrupted((f) => {
      for (const event of f["events.json"]) {
        if (event.id === "banjska-indictment") event.title = "Kosovo indicts 45 people over Banjska";
      }
    });
    const events = files["events.json"].map((e: { id: string }) => e.id);
    const generatedIds = new Set(
      loadUnitFromDir(realDir)
        .unit!.questions.filter((q) => q.origin === "timeline")
        .flatMap((q) => q.eventIds),
    );
    const indictment = events.indexOf("banjska-indictment");
    // The indictment is always in the generated orderings (it closes the timeline).
    expect(generatedIds.has("banjska-indictment")).toBe(true);
    expectProblem(
      problems,
      "events.json",
      `events[${indictment}].title`,
      /generated chronology questions, this title gives away the answer "45" of question "people-indicted"/,
    );
  });

  it("keeps generated ids and fields out of questions.json", () => {
    const problems = loadCorrupted((f) => {
      f["questions.json"][1].id = "timeline-first-12345678";
      f["questions.json"][2].origin = "timeline";
      f["questions.json"][3].difficulty = "hard";
    });
    expectProblem(problems, "questions.json", "questions[1].id", /kept for questions generated from the timeline/);
    expectProblem(problems, "questions.json", "questions[2].origin", /only generated questions/);
    expectProblem(problems, "questions.json", "questions[3].difficulty", /only on generated questions/);
  });
});

describe("the first unit's questions", () => {
  const { unit } = loadUnitFromDir(realDir);
  const written = unit!.questions.filter((q) => q.origin === undefined);

  it("has enough questions written by hand, and chronology questions generated from its events", () => {
    expect(written.filter((q) => !q.fromFaq).length).toBeGreaterThanOrEqual(20);
    const generated = unit!.questions.filter((q) => q.origin === "timeline");
    expect(generated.length).toBeGreaterThanOrEqual(6);
    expect(new Set(generated.map((q) => q.type))).toEqual(new Set(["single", "order"]));
    expect(new Set(generated.map((q) => q.difficulty))).toEqual(new Set(["easy", "medium", "hard"]));
  });

  it("has no choice question whose correct option is the longest by far", () => {
    for (const q of written) {
      if (q.type !== "single") continue;
      const right = q.options.find((o) => o.id === q.answer)!.text.length;
      const longestWrong = Math.max(...q.options.filter((o) => o.id !== q.answer).map((o) => o.text.length));
      expect({ id: q.id, ratio: right / longestWrong < 1.3 }).toEqual({ id: q.id, ratio: true });
    }
  });

  it("says who delivered the EU speech of 3 October 2023 and what the NATO statement said", () => {
    const speech = unit!.events.find((e) => e.id === "borrell-ep-speech")!;
    expect(speech.summary).toMatch(/Lenarčič/);
    const nato = unit!.events.find((e) => e.id === "nato-sg-statement")!;
    expect(nato.summary).not.toMatch(/condemn|held accountable/i);
    const order = written.find((q) => q.id === "order-eu-response");
    expect(order?.type === "order" && order.items.map((i) => i.text).join(" ")).toMatch(/on Borrell's behalf/);
  });
});
