import Link from "next/link";
import type { ScoreMode } from "@/lib/reports/score-table";

const LABELS: Record<ScoreMode, string> = { all: "All quizzes", faq: "The article's FAQ", unit: "Whole unit" };

/** Links, not buttons: the filter is part of the page's address and works without JavaScript. */
export function ScoreModeFilter({ classId, mode }: { classId: string; mode: ScoreMode }) {
  return (
    <nav aria-label="Which quizzes the scores count" className="mb-3 flex flex-wrap gap-2">
      {(Object.keys(LABELS) as ScoreMode[]).map((m) => (
        <Link
          key={m}
          href={m === "all" ? `/teacher/classes/${classId}#scores-title` : `/teacher/classes/${classId}?mode=${m}#scores-title`}
          aria-current={m === mode ? "true" : undefined}
          className={`inline-flex min-h-11 items-center rounded border px-3 ${
            m === mode
              ? "border-blue-800 bg-blue-700 font-semibold text-white dark:border-blue-300 dark:bg-blue-500 dark:text-stone-950"
              : "border-stone-500 bg-white text-stone-900 underline dark:bg-stone-800 dark:text-stone-100"
          }`}
        >
          {m === mode && <span aria-hidden="true">✓&nbsp;</span>}
          {LABELS[m]}
        </Link>
      ))}
    </nav>
  );
}
