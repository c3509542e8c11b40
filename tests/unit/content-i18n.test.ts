import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatProblems, loadContent, loadUnitFromDir } from "@/lib/content/load";
import { localizeQuestion, localizeUnit, translationInfo } from "@/lib/content/localize";
import { placeLabel } from "@/lib/content/places";
import type { Problem } from "@/lib/content/validate";
import { scoreAnswer } from "@/lib/quiz/answers";

// The fixture unit tests/fixtures/content/i18n-sample has complete Albanian and Serbian
// translations; each failure case copies it and breaks one thing.

const fixtureDir = path.join(process.cwd(), "tests", "fixtures", "content", "i18n-sample");
const folder = "i18n-sample";
// The tests edit parsed JSON freely; its shape is what the checks are there to refuse.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let tmpRoot: string;
beforeAll(() => {
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-i18n-"));
});
afterAll(() => {
  fs.rmSync(tmpRoot, { recursive: true, force: true });
});

let caseNumber = 0;
function copyFixture(): string {
  const dir = path.join(tmpRoot, String(caseNumber++), folder);
  fs.cpSync(fixtureDir, dir, { recursive: true });
  return dir;
}

function editJson(file: string, edit: (json: Json) => void) {
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  edit(json);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
}

/** Loads a copy of the fixture whose translation into `locale` went through `edit`. */
function loadWithTranslation(locale: "sq" | "sr-Latn", edit: (t: Json) => void): Problem[] {
  const dir = copyFixture();
  editJson(path.join(dir, "translations", `${locale}.json`), edit);
  const { unit, problems } = loadUnitFromDir(dir);
  if (problems.length > 0) expect(unit).toBeUndefined();
  return problems;
}

function expectProblem(problems: Problem[], locale: string, fieldPath: string, message: RegExp) {
  expect(problems).toContainEqual({
    file: `${folder}/translations/${locale}.json`,
    path: fieldPath,
    message: expect.stringMatching(message),
  });
}

const loaded = loadUnitFromDir(fixtureDir);
const unit = loaded.unit!;

describe("translation files", () => {
  it("the fixture loads with both translations", () => {
    expect(formatProblems(loaded.problems)).toBe("");
    expect(Object.keys(unit.translations ?? {}).sort()).toEqual(["sq", "sr-Latn"]);
  });

  it("every translations/*.json of the real content passes the checks", () => {
    const { units, problems } = loadContent(path.join(process.cwd(), "content"));
    expect(formatProblems(problems)).toBe("");
    for (const u of units) {
      const dir = path.join(process.cwd(), "content", u.meta.slug, "translations");
      const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !f.startsWith(".")) : [];
      expect(
        Object.keys(u.translations ?? {})
          .map((l) => `${l}.json`)
          .sort(),
      ).toEqual(files.sort());
    }
  });

  it("a unit without translations is valid and shown in English", () => {
    const dir = copyFixture();
    fs.rmSync(path.join(dir, "translations"), { recursive: true });
    const { unit: english, problems } = loadUnitFromDir(dir);
    expect(problems).toEqual([]);
    expect(english!.translations).toBeUndefined();
    expect(translationInfo(english!, "sq")).toEqual({ available: false });
    expect(translationInfo(english!, "en")).toEqual({ available: true });
    expect(localizeUnit(english!, "sq")).toBe(english);
  });

  it("refuses a missing key and an extra key", () => {
    const missing = loadWithTranslation("sq", (t) => delete t.events.ambush);
    expectProblem(missing, "sq", "events.ambush", /^missing: "ambush" of events.json has no translation/);
    const extra = loadWithTranslation("sq", (t) => (t.actors["nobody"] = { name: "X", role: "Y" }));
    expectProblem(extra, "sq", "actors.nobody", /^extra key: "nobody" is not an id in actors.json/);
    const option = loadWithTranslation("sr-Latn", (t) => (t.questions["who-pm"].options.extra = "Neko"));
    expectProblem(option, "sr-Latn", "questions.who-pm.options.extra", /^extra key/);
    const field = loadWithTranslation("sq", (t) => delete t.events.ambush.place);
    expectProblem(field, "sq", "events.ambush.place", /^missing: the English has this field/);
    const quote = loadWithTranslation("sq", (t) => (t.events.mourning.articleQuote = "Një citat."));
    expectProblem(quote, "sq", "events.mourning.articleQuote", /^extra key: the English has no such field/);
    const unknownField = loadWithTranslation("sq", (t) => (t.unit.subtitle = "x"));
    expectProblem(unknownField, "sq", "unit", /subtitle/);
    const generated = loadWithTranslation(
      "sq",
      (t) => (t.questions["timeline-first-0000"] = { prompt: "a", explanation: "b" }),
    );
    expectProblem(generated, "sq", "questions.timeline-first-0000", /^extra key/);
    const place = loadWithTranslation("sr-Latn", (t) => delete t.places.places.belgrade);
    expectProblem(place, "sr-Latn", "places.places.belgrade", /^missing/);
    const note = loadWithTranslation("sq", (t) => delete t.questions["who-pm"].misconceptions);
    expectProblem(note, "sq", "questions.who-pm.misconceptions.osmani", /^missing/);
  });

  it("refuses accepted answers missing on a short-answer question or given to another type", () => {
    const missing = loadWithTranslation("sq", (t) => delete t.questions.village.accepted);
    expectProblem(missing, "sq", "questions.village.accepted", /^missing/);
    const empty = loadWithTranslation("sq", (t) => (t.questions.village.accepted = []));
    expectProblem(empty, "sq", "questions.village.accepted", /at least one accepted answer/);
    const extra = loadWithTranslation("sq", (t) => (t.questions["who-pm"].accepted = ["Kurti"]));
    expectProblem(extra, "sq", "questions.who-pm.accepted", /^extra key/);
  });

  it("refuses a count mismatch in about, corrections, glossary and claims", () => {
    const about = loadWithTranslation("sq", (t) => t.unit.about.pop());
    expectProblem(about, "sq", "unit.about", /count mismatch: the English has 2 paragraphs, the translation 1/);
    const corrections = loadWithTranslation("sq", (t) => t.unit.corrections.push({ claim: "a", correction: "b" }));
    expectProblem(
      corrections,
      "sq",
      "unit.corrections",
      /count mismatch: the English has 1 corrections, the translation 2/,
    );
    const glossary = loadWithTranslation("sr-Latn", (t) => (t.unit.glossary = []));
    expectProblem(glossary, "sr-Latn", "unit.glossary", /count mismatch/);
    const claims = loadWithTranslation("sr-Latn", (t) => t.events.ambush.claims.pop());
    expectProblem(
      claims,
      "sr-Latn",
      "events.ambush.claims",
      /count mismatch: the English has 2 claims, the translation 1/,
    );
  });

  it("refuses a text whose numbers differ from the English, whatever the thousands separator", () => {
    const changed = loadWithTranslation("sq", (t) => (t.unit.about[1] = "Serbia raportoi 8.530 trupa pranë vijës."));
    expectProblem(changed, "sq", "unit.about[1]", /^numbers differ from the English text: missing 8350; added 8530$/);
    const dropped = loadWithTranslation(
      "sr-Latn",
      (t) => (t.questions["troops-true"].explanation = "Navela je tu brojku."),
    );
    expectProblem(dropped, "sr-Latn", "questions.troops-true.explanation", /missing 4500/);
    // "8.350", "8,350" and "8 350" (thin space) are the same number.
    const thin = loadWithTranslation(
      "sr-Latn",
      (t) => (t.events.troops.summary = "Prema jednom brojanju, vojnika je 8\u202f350."),
    );
    expect(thin).toEqual([]);
  });

  it("refuses a text that drops a person's name, and allows a declined form", () => {
    const dropped = loadWithTranslation(
      "sq",
      (t) => (t.events["serbian-mourning"].summary = "Presidenti e shpall më 25 shtator."),
    );
    expectProblem(dropped, "sq", "events.serbian-mourning.summary", /^name dropped: the English text names Vučić/);
    const firstName = loadWithTranslation(
      "sr-Latn",
      (t) => (t.questions["who-pm"].explanation = "Kurti je bio premijer; Vjosa Osmani je bila predsednica."),
    );
    expectProblem(firstName, "sr-Latn", "questions.who-pm.explanation", /names Albin/);
    const declined = loadWithTranslation(
      "sr-Latn",
      (t) => (t.events.ambush.claims[0] = "Prema Kurtiju, napad je planiran u Beogradu."),
    );
    expect(declined).toEqual([]);
  });

  it("refuses a claim whose attribution is dropped", () => {
    const named = loadWithTranslation("sq", (t) => (t.events.ambush.claims[0] = "Sulmi u planifikua në Beograd."));
    expectProblem(
      named,
      "sq",
      "events.ambush.claims[0]",
      /^attribution dropped: the English claim names its speaker \(Kurti\)/,
    );
    const reported = loadWithTranslation(
      "sr-Latn",
      (t) => (t.events.ambush.claims[1] = "Naoružani ljudi su bili lokalni Srbi."),
    );
    expectProblem(
      reported,
      "sr-Latn",
      "events.ambush.claims[1]",
      /^attribution dropped: the English claim is reported speech \("says"\)/,
    );
    // The speaker may be named by their role in the translation's language.
    const role = loadWithTranslation(
      "sr-Latn",
      (t) => (t.events.ambush.claims[1] = "Prema predsedniku Srbije, naoružani ljudi su bili lokalni Srbi."),
    );
    expect(role).toEqual([]);
  });

  it("refuses an unknown locale file name, a wrong locale field and broken JSON", () => {
    for (const name of ["sr.json", "en.json", "de.json", "sq.txt"]) {
      const dir = copyFixture();
      fs.copyFileSync(path.join(dir, "translations", "sq.json"), path.join(dir, "translations", name));
      const { unit: none, problems } = loadUnitFromDir(dir);
      expect(none).toBeUndefined();
      expect(problems).toContainEqual({
        file: `${folder}/translations/${name}`,
        path: "",
        message: expect.stringMatching(/^not a translation file/),
      });
    }
    const locale = loadWithTranslation("sq", (t) => (t.locale = "sr-Latn"));
    expectProblem(locale, "sq", "locale", /says "sr-Latn" but the file is named for "sq"/);
    const dir = copyFixture();
    fs.writeFileSync(path.join(dir, "translations", "sq.json"), "{ not json");
    expect(loadUnitFromDir(dir).problems).toContainEqual({
      file: `${folder}/translations/sq.json`,
      path: "",
      message: expect.stringMatching(/^invalid JSON/),
    });
  });

  it("refuses a review status other than machine or reviewed, and a review without reviewer", () => {
    const status = loadWithTranslation("sq", (t) => (t.review.status = "draft"));
    expectProblem(status, "sq", "review.status", /must be "machine" \(not yet checked by a person\) or "reviewed"/);
    const reviewer = loadWithTranslation("sq", (t) => (t.review.status = "reviewed"));
    expectProblem(reviewer, "sq", "review.reviewer", /names its reviewer and the date/);
    const note = loadWithTranslation("sq", (t) => delete t.review.note);
    expectProblem(note, "sq", "review.note", /./);
  });

  it("puts the translation files into the unit's content hash", () => {
    const dir = copyFixture();
    const before = loadUnitFromDir(dir).unit!.contentHash;
    editJson(path.join(dir, "translations", "sq.json"), (t) => (t.unit.title = "Një titull tjetër"));
    expect(loadUnitFromDir(dir).unit!.contentHash).not.toBe(before);
  });
});

describe("places in both official languages", () => {
  it("refuses a names object that is empty or uses another key", () => {
    for (const names of [{}, { de: "X" }, { sq: "" }]) {
      const dir = copyFixture();
      editJson(path.join(dir, "places.json"), (p) => (p.places[0].names = names));
      const { problems } = loadUnitFromDir(dir);
      expect(problems.some((p) => p.file === `${folder}/places.json` && p.path.startsWith("places[0].names"))).toBe(
        true,
      );
    }
  });

  const place = (name: string, sq?: string, sr?: string) => ({ name, names: sq || sr ? { sq, sr } : undefined });

  it("puts the interface language's own name first, then the other official name", () => {
    const zvecan = place("Zvečan", "Zveçan", "Zvečan");
    expect(placeLabel(zvecan, "sq")).toBe("Zveçan / Zvečan");
    expect(placeLabel(zvecan, "sr-Latn")).toBe("Zvečan / Zveçan");
    expect(placeLabel(zvecan, "en")).toBe("Zvečan / Zveçan");
    const banjska = place("Banjska", "Banjskë", "Banjska");
    expect(placeLabel(banjska, "en")).toBe("Banjska / Banjskë");
    expect(placeLabel(banjska, "sq")).toBe("Banjskë / Banjska");
  });

  it("gives the English name with both official names when English differs from both", () => {
    const pristina = place("Pristina", "Prishtinë", "Priština");
    expect(placeLabel(pristina, "en")).toBe("Pristina (Prishtinë / Priština)");
    expect(placeLabel(pristina, "sr-Latn")).toBe("Priština / Prishtinë");
    expect(placeLabel(place("North Mitrovica", "Mitrovica e Veriut", "Severna Mitrovica"), "sq")).toBe(
      "Mitrovica e Veriut / Severna Mitrovica",
    );
  });

  it("gives a name written alike in both languages once", () => {
    expect(placeLabel(place("Zubin Potok", "Zubin Potok", "Zubin Potok"), "sq")).toBe("Zubin Potok");
    expect(placeLabel(place("Zubin Potok", "Zubin Potok", "Zubin Potok"), "en")).toBe("Zubin Potok");
    expect(placeLabel(place("Belgrade", "Beograd", "Beograd"), "en")).toBe("Belgrade");
    expect(placeLabel(place("Belgrade", "Beograd", "Beograd"), "sr-Latn")).toBe("Beograd");
    expect(placeLabel(place("Brussels"), "sq")).toBe("Brussels");
  });

  it("the real unit names every place on its map in both languages", () => {
    const real = loadUnitFromDir(path.join(process.cwd(), "content", "northern-kosovo-2023")).unit!;
    const byId = new Map(real.map!.places.map((p) => [p.id, p]));
    expect(placeLabel(byId.get("zvecan")!, "sq")).toBe("Zveçan / Zvečan");
    expect(placeLabel(byId.get("banjska-monastery")!, "sq")).toBe("Manastiri i Banjskës / Manastir Banjska");
    expect(placeLabel(byId.get("leposavic")!, "sr-Latn")).toBe("Leposavić / Leposaviq");
    expect(placeLabel(byId.get("brnjak")!, "en")).toBe("Brnjak crossing (Bërnjak / Brnjak)");
  });
});

describe("localizeUnit", () => {
  const sq = localizeUnit(unit, "sq");
  const sr = localizeUnit(unit, "sr-Latn");

  it("replaces every translated text and keeps ids, dates, sources and order", () => {
    expect(sq.meta.title).toBe("Një njësi shembull në tri gjuhë");
    expect(sq.meta.corrections[0]).toEqual({
      claim: "Artikulli thotë 30 sulmues.",
      correction: "Kosova aktakuzoi 45 persona në 2024.",
      sourceIds: ["sample-article"],
    });
    expect(sq.meta.glossary[0]!.aliases).toEqual(["Forca e Kosovës"]);
    expect(sq.actors.find((a) => a.id === "kosovo-police")).toEqual({
      id: "kosovo-police",
      name: "Policia e Kosovës",
      role: "Forca policore e Kosovës.",
    });
    expect(sr.actorGroups.map((g) => g.name)).toEqual(["Kosovo", "Srbija"]);
    expect(sr.eras.map((e) => [e.id, e.title, e.from])).toEqual([
      ["before", "Pre toga, 2023", "2023-01"],
      ["attack", "Napad", "2023-09-24"],
    ]);
    expect(sr.map!.boundaryLabel).toBe("Granica između Kosova i Srbije");
    expect(sr.map!.places[0]).toMatchObject({ id: "banjska", name: "Banjska", lon: 20.771 });
    const ambush = sq.events.find((e) => e.id === "ambush")!;
    expect(ambush).toMatchObject({
      date: "2023-09-24",
      time: "02:30",
      place: "Banjskë (Banjska), veriu i Kosovës",
      articleQuote: "Tre sulmues dhe 1 polic vdiqën.",
    });
    expect(ambush.claims.map((c) => [c.by, c.date, c.text])).toEqual([
      ["albin-kurti", "2023-09-24", "Kurti thotë se sulmi u planifikua në Beograd."],
      ["aleksandar-vucic", "2023-09-24", "Presidenti i Serbisë thotë se të armatosurit ishin serbë vendas."],
    ]);
    expect(sq.events.map((e) => e.id)).toEqual(unit.events.map((e) => e.id));
    expect(sq.questions.map((q) => q.id)).toEqual(unit.questions.map((q) => q.id));
    expect(sq.sources).toBe(unit.sources);
    expect(sq.contentHash).toBe(unit.contentHash);
  });

  it("translates options, items and misconceptions by id and keeps the answer key", () => {
    const single = sr.questions.find((q) => q.id === "who-pm")!;
    expect(single).toMatchObject({
      type: "single",
      answer: "kurti",
      prompt: "Ko je bio premijer Kosova 2023?",
      misconceptions: { osmani: "Meša predsednicu i premijera." },
    });
    const order = sq.questions.find((q) => q.id === "order-days")!;
    expect(order.type === "order" && order.items.map((i) => `${i.id}:${i.text}`)).toEqual([
      "ambush:Prita",
      "kosovo:Zia në Kosovë",
      "serbia:Zia në Serbi",
    ]);
    const multiple = sq.questions.find((q) => q.id === "who-mourned")!;
    expect(multiple.type === "multiple" && multiple.answers).toEqual(["kosovo", "serbia"]);
  });

  it("is memoized per unit and language, and leaves the English unit as it was", () => {
    expect(localizeUnit(unit, "sq")).toBe(sq);
    expect(localizeUnit(unit, "en")).toBe(unit);
    expect(unit.meta.title).toBe("A sample unit in three languages");
    expect(translationInfo(unit, "sq")).toEqual({
      available: true,
      review: { status: "machine", note: "Written for the tests by the content-i18n helper." },
    });
    expect(translationInfo(unit, "sr-Latn").review).toMatchObject({
      status: "reviewed",
      reviewer: "Test Reviewer",
      date: "2024-02-01",
    });
  });

  it("grades a short answer against the accepted answers of every language", () => {
    const english = unit.questions.find((q) => q.id === "village")!;
    expect(english.type === "short-answer" && english.accepted).toEqual(["Banjska", "Banjskë", "Banjska e Zveçanit"]);
    for (const answer of ["Banjska", "banjskë", "Banjske", "Banjska e Zveçanit"])
      expect(scoreAnswer(english, answer).correct).toBe(true);
    expect(scoreAnswer(english, "Zvečan").correct).toBe(false);
    // In Albanian the Albanian answer is shown first as the key; every answer still counts.
    const albanian = sq.questions.find((q) => q.id === "village")!;
    expect(albanian.type === "short-answer" && albanian.accepted).toEqual(["Banjskë", "Banjska e Zveçanit", "Banjska"]);
    expect(scoreAnswer(albanian, "Banjska").correct).toBe(true);
  });

  it("localizes a question stored with an attempt by id, keeping its key", () => {
    const stored = unit.questions.find((q) => q.id === "who-pm")!;
    const shown = localizeQuestion(stored, unit, "sq");
    expect(shown).toMatchObject({
      id: "who-pm",
      answer: "kurti",
      prompt: "Kush ishte Kryeministër i Kosovës në 2023?",
    });
    // An older stored version with an option the content no longer has keeps that option's text.
    const older = {
      ...stored,
      options: [...(stored.type === "single" ? stored.options : []), { id: "gone", text: "Someone else" }],
    } as typeof stored;
    const shownOlder = localizeQuestion(older, unit, "sr-Latn");
    expect(shownOlder.type === "single" && shownOlder.options.map((o) => o.text)).toEqual([
      "Albin Kurti",
      "Vjosa Osmani",
      "Avdullah Hoti",
      "Someone else",
    ]);
    expect(localizeQuestion(stored, unit, "en")).toBe(stored);
  });

  it("writes the generated chronology questions in the language, with the same ids", () => {
    const generated = (u: typeof unit) => u.questions.filter((q) => q.origin === "timeline");
    expect(generated(unit).length).toBeGreaterThan(0);
    expect(generated(sq).map((q) => q.id)).toEqual(generated(unit).map((q) => q.id));
    const order = generated(sr).find((q) => q.type === "order")!;
    expect(order.prompt).toMatch(/^Poređajte ove događaje/);
    expect(
      order.type === "order" && order.items.every((i) => sr.events.some((e) => e.id === i.id && e.title === i.text)),
    ).toBe(true);
  });
});
