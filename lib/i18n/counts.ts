import { defaultLocale, type Locale } from "@/lib/i18n/locales";

// "3 days", "3 ditë", "3 dana": a number of days, weeks, months or years with the plural form the
// number needs in each language (Serbian has three: 1 dan, 3 dana, 5 dana; 21 dan).

export type TimeUnit = "day" | "week" | "month" | "year";

type SerbianForm = "one" | "few" | "other";
const srPlural = new Intl.PluralRules("sr-Latn");
const sr: Record<TimeUnit, Record<SerbianForm, string>> = {
  day: { one: "dan", few: "dana", other: "dana" },
  week: { one: "nedelja", few: "nedelje", other: "nedelja" },
  month: { one: "mesec", few: "meseca", other: "meseci" },
  year: { one: "godina", few: "godine", other: "godina" },
};
const sq: Record<TimeUnit, [one: string, other: string]> = {
  day: ["ditë", "ditë"],
  week: ["javë", "javë"],
  month: ["muaj", "muaj"],
  year: ["vit", "vjet"],
};

export function formatCount(n: number, unit: TimeUnit, locale: Locale = defaultLocale): string {
  switch (locale) {
    case "en":
      return `${n} ${unit}${n === 1 ? "" : "s"}`;
    case "sq":
      return `${n} ${sq[unit][n === 1 ? 0 : 1]}`;
    case "sr-Latn": {
      const form = srPlural.select(n);
      return `${n} ${form === "one" || form === "few" ? sr[unit][form] : sr[unit].other}`;
    }
  }
}
