import { checkCatalogues } from "@/lib/i18n/check";
import { locales, type Locale } from "@/lib/i18n/locales";
import { loadMessages, type Messages } from "@/lib/i18n/messages";

// Run by `npm run i18n:check`, by `npm run build` and by `npm test`: a key missing in one language,
// or a message whose placeholders differ from English, stops here with the key named.
const catalogues = Object.fromEntries(locales.map((l) => [l, loadMessages(l)])) as Record<
  Locale,
  Record<string, Messages>
>;
const problems = checkCatalogues(catalogues);
const keys = (m: Record<string, Messages | string>): number =>
  Object.values(m).reduce<number>((n, v) => n + (typeof v === "string" ? 1 : keys(v)), 0);

for (const locale of locales)
  console.log(
    `ok  messages/${locale}: ${Object.keys(catalogues[locale]).length} namespaces, ${keys(catalogues[locale])} messages`,
  );
if (problems.length > 0) {
  for (const p of problems) console.error(`messages/${p.locale}: ${p.key} ${p.message}`);
  console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"} found.`);
  process.exit(1);
}
