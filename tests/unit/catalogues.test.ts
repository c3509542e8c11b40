import { checkCatalogues } from "@/lib/i18n/check";
import { locales, type Locale } from "@/lib/i18n/locales";
import { loadMessages, type Messages } from "@/lib/i18n/messages";
import { REASONS } from "@/lib/http/reasons";

type Catalogues = Record<Locale, Record<string, Messages>>;
const real = () => Object.fromEntries(locales.map((l) => [l, loadMessages(l)])) as Catalogues;
const tiny = (en: Messages, sq: Messages, sr: Messages): Catalogues => ({
  en: { ns: en },
  sq: { ns: sq },
  "sr-Latn": { ns: sr },
});

describe("the message catalogues", () => {
  it("are complete and consistent in every language", () => {
    expect(checkCatalogues(real())).toEqual([]);
  });

  it("have a sentence for every refusal reason, in every language", () => {
    for (const locale of locales) {
      const reasons = loadMessages(locale).reasons as Record<string, string>;
      for (const reason of Object.keys(REASONS))
        expect([locale, reason, typeof reasons[reason]]).toEqual([locale, reason, "string"]);
    }
  });
});

describe("the catalogue check", () => {
  it("names a key missing in one language and a key English lacks", () => {
    const problems = checkCatalogues(tiny({ a: "A", b: "B" }, { a: "A" }, { a: "A", b: "B", c: "C" }));
    expect(problems).toEqual([
      { locale: "sq", key: "ns.b", message: "is missing" },
      { locale: "sr-Latn", key: "ns.c", message: "is not in the English catalogue (remove it, or add it to English)" },
    ]);
  });

  it("refuses mismatched placeholders and broken ICU", () => {
    const problems = checkCatalogues(tiny({ a: "Hello {name}" }, { a: "Përshëndetje {emri}" }, { a: "Zdravo {name" }));
    expect(problems.map((p) => [p.locale, p.key, p.message.split(":")[0]])).toEqual([
      ["sq", "ns.a", "has placeholders {emri"],
      ["sr-Latn", "ns.a", "is not a valid ICU message"],
    ]);
  });

  it("asks Serbian plurals for the few case", () => {
    const en = { n: "{count, plural, one {# event} other {# events}}" };
    const problems = checkCatalogues(
      tiny(
        en,
        { n: "{count, plural, one {# ngjarje} other {# ngjarje}}" },
        { n: "{count, plural, one {# događaj} other {# događaja}}" },
      ),
    );
    expect(problems).toEqual([
      { locale: "sr-Latn", key: "ns.n", message: "plural {count} lacks the few case(s) that sr-Latn needs" },
    ]);
  });
});
