import { formatProblems, loadContent } from "@/lib/content/load";
import { translationInfo } from "@/lib/content/localize";
import { translatedLocales } from "@/lib/content/translation-schema";

// Run by `npm run content:check` and in CI: every problem is printed with its file and field,
// so an author can fix all of them in one pass.
const { units, problems } = loadContent();

for (const unit of units) {
  const generated = unit.questions.filter((q) => q.origin === "timeline").length;
  const offline = unit.sources.filter((s) => s.offline !== undefined).length;
  console.log(
    `ok  content/${unit.meta.slug}: ${unit.events.length} events, ${unit.questions.length - generated} questions written and ${generated} generated from the timeline, ${unit.sources.length} sources (${offline} offline)`,
  );
  // Translations are checked while the unit loads (lib/content/translations.ts); a unit without
  // one is valid and shown in English.
  const languages = translatedLocales.map((locale) => {
    const { available, review } = translationInfo(unit, locale);
    return `${locale} ${available ? `(${review?.status})` : "none, shown in English"}`;
  });
  console.log(`    translations: ${languages.join(", ")}`);
}

if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"} found.`);
  process.exit(1);
}
if (units.length === 0) {
  console.error("No units found.");
  process.exit(1);
}
