import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { scoreModes, type ScoreMode } from "@/lib/reports/score-modes";
import { routes } from "@/lib/routes";

/** Links, not buttons: the filter is part of the page's address and works without JavaScript. */
export function ScoreModeFilter({ classId, mode }: { classId: string; mode: ScoreMode }) {
  const t = useTranslations("teacher.scoreFilter");
  return (
    <nav aria-label={t("label")} className="mb-3 flex flex-wrap gap-2">
      {scoreModes.map((m) => (
        <Link
          key={m}
          href={
            m === "all"
              ? `${routes.teacherClass(classId)}#scores-title`
              : `${routes.teacherClass(classId)}?mode=${m}#scores-title`
          }
          aria-current={m === mode ? "true" : undefined}
          className={`inline-flex min-h-11 items-center rounded border px-3 ${
            m === mode
              ? "border-blue-800 bg-blue-700 font-semibold text-white dark:border-blue-300 dark:bg-blue-500 dark:text-stone-950"
              : "border-stone-500 bg-white text-stone-900 underline dark:bg-stone-800 dark:text-stone-100"
          }`}
        >
          {m === mode && <span aria-hidden="true">✓&nbsp;</span>}
          {t(m)}
        </Link>
      ))}
    </nav>
  );
}
