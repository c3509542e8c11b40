import { formatProblems, loadContent } from "@/lib/content/load";

// Run by `npm run content:check` and in CI: every problem is printed with its file and field,
// so an author can fix all of them in one pass.
const { units, problems } = loadContent();

for (const unit of units) {
  console.log(
    `ok  content/${unit.meta.slug}: ${unit.events.length} events, ${unit.questions.length} questions, ${unit.sources.length} sources`,
  );
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
