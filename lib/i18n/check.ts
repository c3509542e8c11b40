import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

// The catalogue check behind `npm run i18n:check`: every key of the English catalogue exists in
// every language (and no language has keys English lacks), every message parses as ICU, uses the
// same placeholders (name and kind) as English, and every plural covers the categories its
// language needs (Serbian: one, few, other).

export type CatalogueProblem = { locale: Locale; key: string; message: string };

type Placeholder = { name: string; kind: string };

function flatten(
  messages: Record<string, Messages | string>,
  prefix = "",
  out = new Map<string, string>(),
): Map<string, string> {
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else flatten(value, full, out);
  }
  return out;
}

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "text",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
  [TYPE.tag]: "tag",
};

function placeholders(
  elements: MessageFormatElement[],
  out: Placeholder[],
  plurals: { name: string; options: string[] }[],
): void {
  for (const el of elements) {
    const kind = KIND[el.type];
    if (kind && "value" in el && typeof el.value === "string") out.push({ name: el.value, kind });
    if (el.type === TYPE.plural) plurals.push({ name: el.value, options: Object.keys(el.options) });
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) placeholders(option.value, out, plurals);
    if (el.type === TYPE.tag) placeholders(el.children, out, plurals);
  }
}

function signature(list: Placeholder[]): string {
  return [...new Set(list.map((p) => `${p.name}:${p.kind}`))].sort().join(", ");
}

function analyse(
  text: string,
):
  | { ok: true; placeholders: Placeholder[]; plurals: { name: string; options: string[] }[] }
  | { ok: false; error: string } {
  try {
    const found: Placeholder[] = [];
    const plurals: { name: string; options: string[] }[] = [];
    placeholders(parse(text), found, plurals);
    return { ok: true, placeholders: found, plurals };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function checkCatalogues(catalogues: Record<Locale, Record<string, Messages>>): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const english = flatten(catalogues[defaultLocale]);
  for (const locale of locales) {
    const own = locale === defaultLocale ? english : flatten(catalogues[locale]);
    const needed = new Intl.PluralRules(locale)
      .resolvedOptions()
      .pluralCategories.filter((c) => c !== "zero" && c !== "two" && c !== "many");
    for (const key of own.keys()) {
      if (!english.has(key))
        problems.push({ locale, key, message: "is not in the English catalogue (remove it, or add it to English)" });
    }
    for (const [key, source] of english) {
      const text = own.get(key);
      if (text === undefined) {
        problems.push({ locale, key, message: "is missing" });
        continue;
      }
      if (text.trim() === "") {
        problems.push({ locale, key, message: "is empty" });
        continue;
      }
      const mine = analyse(text);
      if (!mine.ok) {
        problems.push({ locale, key, message: `is not a valid ICU message: ${mine.error}` });
        continue;
      }
      const theirs = analyse(source);
      if (theirs.ok && locale !== defaultLocale && signature(mine.placeholders) !== signature(theirs.placeholders)) {
        problems.push({
          locale,
          key,
          message: `has placeholders {${signature(mine.placeholders)}} but English has {${signature(theirs.placeholders)}}`,
        });
      }
      for (const plural of mine.plurals) {
        const missing = needed.filter((c) => !plural.options.includes(c));
        if (missing.length > 0 && !plural.options.includes("other")) {
          problems.push({ locale, key, message: `plural {${plural.name}} has no "other" case` });
        } else if (missing.length > 0 && locale !== defaultLocale) {
          problems.push({
            locale,
            key,
            message: `plural {${plural.name}} lacks the ${missing.join(", ")} case(s) that ${locale} needs`,
          });
        }
      }
    }
  }
  return problems;
}
