import path from "node:path";
import { chronologyQuestions, formatDay, formatGap } from "@/lib/content/chronology";
import { loadUnitFromDir } from "@/lib/content/load";
import { droppedAttribution, numbersIn, stemsOf } from "@/lib/content/translation-text";
import { formatDateHeading, formatEventDate, formatIsoDay, formatShortDate } from "@/lib/timeline/dates";
import { glossaryAnchor } from "@/lib/timeline/glossary";
import { buildAxis, DEFAULT_AXIS, gapLabel } from "@/lib/timeline/axis";

const events = loadUnitFromDir(path.join(process.cwd(), "content", "northern-kosovo-2023")).unit!.events;
// Stand-in titles: what matters is that each language's titles are used and the ids are not touched.
const sqTitle = (e: { id: string }) => `Ngjarja ${e.id}`;
const srTitle = (e: { id: string }) => `Događaj ${e.id}`;

describe("chronology questions in three languages", () => {
  const en = chronologyQuestions(events);
  const sq = chronologyQuestions(events, "sq", sqTitle);
  const sr = chronologyQuestions(events, "sr-Latn", srTitle);

  it("has the same questions, option ids, item ids and keys in every language", () => {
    const shape = (qs: typeof en) =>
      qs.map((q) => ({
        id: q.id,
        type: q.type,
        eventIds: q.eventIds,
        difficulty: q.difficulty,
        options: q.type === "single" ? q.options.map((o) => o.id) : undefined,
        answer: q.type === "single" ? q.answer : undefined,
        items: q.type === "order" ? q.items.map((i) => i.id) : undefined,
      }));
    expect(en.map((q) => q.type)).toEqual(expect.arrayContaining(["single", "order"]));
    expect(shape(sq)).toEqual(shape(en));
    expect(shape(sr)).toEqual(shape(en));
  });

  it("writes prompts, options and explanations in the language with its own dates", () => {
    const first = (qs: typeof en) => qs.find((q) => q.id.startsWith("timeline-first-"))!;
    expect(first(en).prompt).toMatch(/^Which happened first: "/);
    expect(first(sq).prompt).toMatch(/^Cila ndodhi e para: „Ngjarja /);
    expect(first(sr).prompt).toMatch(/^Šta se dogodilo prvo: „Događaj /);
    const gap = (qs: typeof en) => qs.find((q) => q.id.startsWith("timeline-gap-"))!;
    const sqGap = gap(sq);
    expect(
      sqGap.type === "single" && sqGap.options.every((o) => /^(\d+ ditë|rreth \d+ (javë|muaj|vit|vjet))$/.test(o.text)),
    ).toBe(true);
    const srGap = gap(sr);
    expect(
      srGap.type === "single" &&
        srGap.options.every((o) =>
          /^(\d+ (dan|dana)|približno \d+ (nedelja|nedelje|mesec|meseca|meseci|godina|godine))$/.test(o.text),
        ),
    ).toBe(true);
    for (const q of sq)
      expect(q.explanation).toMatch(
        /\d{1,2} (janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor) \d{4}/,
      );
    for (const q of sr)
      expect(q.explanation).toMatch(
        /\d{1,2}\. (januar|februar|mart|april|maj|jun|jul|avgust|septembar|oktobar|novembar|decembar) \d{4}\./,
      );
    for (const q of [...sq, ...sr]) expect(`${q.prompt} ${q.explanation}`).not.toMatch(/Event|happened|later\b/);
  });

  it("formats days and gaps per language, with the plural each number needs", () => {
    expect(formatDay("2023-09-24")).toBe("24 September 2023");
    expect(formatDay("2023-09-24", "sq")).toBe("24 shtator 2023");
    expect(formatDay("2023-09-24", "sr-Latn")).toBe("24. septembar 2023.");
    expect([1, 3, 20, 200, 800].map((d) => formatGap(d))).toEqual([
      "1 day",
      "3 days",
      "about 3 weeks",
      "about 7 months",
      "about 2 years",
    ]);
    expect([1, 3, 20, 30, 200, 365 * 21].map((d) => formatGap(d, "sq"))).toEqual([
      "1 ditë",
      "3 ditë",
      "rreth 3 javë",
      "rreth 4 javë",
      "rreth 7 muaj",
      "rreth 21 vjet",
    ]);
    expect([1, 3, 5, 20, 35, 200, 800, 365 * 21].map((d) => formatGap(d, "sr-Latn"))).toEqual([
      "1 dan",
      "3 dana",
      "5 dana",
      "približno 3 nedelje",
      "približno 5 nedelja",
      "približno 7 meseci",
      "približno 2 godine",
      "približno 21 godina",
    ]);
  });
});

describe("timeline dates per language", () => {
  const day = { date: "2023-09-24", precision: "day" as const };
  const month = { date: "2022-11", precision: "month" as const };

  it("keeps the English output as it was", () => {
    expect(formatDateHeading(day)).toBe("Sunday, 24 September 2023");
    expect(formatEventDate(day)).toBe("24 September 2023");
    expect(formatShortDate(day)).toBe("24 Sept 2023");
    expect(formatIsoDay("2023-09-24")).toBe("24 September 2023");
  });

  it("writes Albanian and Serbian dates", () => {
    expect(formatDateHeading(day, "sq")).toBe("e diel, 24 shtator 2023");
    expect(formatDateHeading(day, "sr-Latn")).toBe("nedelja, 24. septembar 2023.");
    expect(formatEventDate(month, "sq")).toBe("nëntor 2022");
    expect(formatEventDate(month, "sr-Latn")).toBe("novembar 2022.");
    expect(formatEventDate({ date: "1999", precision: "year" }, "sr-Latn")).toBe("1999");
  });
});

describe("the text checks", () => {
  it("reads numbers whatever the separators", () => {
    expect(numbersIn("8,350 and 8.350 and 8\u2009350, 24. septembar 2023., 06:30")).toEqual([
      "8350",
      "8350",
      "8350",
      "24",
      "2023",
      "6",
      "30",
    ]);
  });

  it("allows declined and shortened forms of a name", () => {
    expect(stemsOf("Kurti")).toEqual(["kurti", "kurt"]);
    expect(stemsOf("Aleksandar")).toEqual(["aleksandar", "aleksandr"]);
    expect(stemsOf("Vučić")).toEqual(["vučić"]);
  });

  it("requires the speaker of an attributed claim", () => {
    const speaker = {
      englishName: "Aleksandar Vučić",
      englishRole: "President of Serbia.",
      name: "Aleksandar Vučić",
      role: "Predsednik Srbije.",
    };
    expect(droppedAttribution("Vučić says it was fake.", "Vučić kaže da je lažno.", speaker)).toBeUndefined();
    expect(droppedAttribution("Vučić says it was fake.", "Vučića citiraju.", speaker)).toBeUndefined();
    expect(droppedAttribution("Vučić says it was fake.", "To je bilo lažno.", speaker)).toMatch(/names its speaker/);
    expect(
      droppedAttribution("Serbia's President says it was fake.", "Predsednik Srbije kaže da je lažno.", speaker),
    ).toBeUndefined();
    expect(droppedAttribution("Serbia's President says it was fake.", "Bilo je lažno.", speaker)).toMatch(
      /reported speech/,
    );
    // A claim with neither the name nor a reporting verb is not checked.
    expect(droppedAttribution("The army was on alert.", "Vojska je bila u pripravnosti.", speaker)).toBeUndefined();
  });
});

describe("glossary anchors", () => {
  it("fold Albanian and Serbian letters and keep English anchors as they were", () => {
    expect(glossaryAnchor("Border / administrative line")).toBe("glossary-border-administrative-line");
    expect(glossaryAnchor("Forca e Kosovës")).toBe("glossary-forca-e-kosoves");
    expect(glossaryAnchor("Đakovica, Zvečan")).toBe("glossary-dakovica-zvecan");
  });
});

describe("the time axis per language", () => {
  it("labels dates and breaks in scale in the interface language", () => {
    const events = [
      { id: "a", date: "2008-02-17", precision: "day" as const, category: "background" as const, title: "A" },
      { id: "b", date: "2023-09-24", precision: "day" as const, category: "clash" as const, title: "B" },
      { id: "c", date: "2023-10-03", precision: "day" as const, category: "statement" as const, title: "C" },
    ];
    expect(gapLabel(3165)).toBe("9 years");
    expect(gapLabel(3165, "sq")).toBe("9 vjet");
    expect(gapLabel(120, "sr-Latn")).toBe("4 meseca");
    const axis = buildAxis(events, [], { ...DEFAULT_AXIS, locale: "sr-Latn" });
    expect(axis.scale.breaks.map((b) => b.label)).toEqual(["16 godina"]);
    expect(axis.markers.map((m) => m.dateLabel)).toEqual(["17. feb 2008.", "24. sep 2023.", "3. okt 2023."]);
    expect(buildAxis(events).markers.map((m) => m.dateLabel)).toEqual(["17 Feb 2008", "24 Sept 2023", "3 Oct 2023"]);
  });
});
