import { useTranslations } from "next-intl";
import type { AnswerCount } from "@/lib/live/view";

/**
 * How the class answered: one bar per option (or per common answer) with its count and share.
 * The right answer is named in words, not only by colour.
 */
export function AnswerDistribution({
  counts,
  answered,
  large,
}: {
  counts: AnswerCount[];
  answered: number;
  large?: boolean;
}) {
  const t = useTranslations("live.distribution");
  if (counts.length === 0) return <p>{t("none")}</p>;
  return (
    <ul className={`space-y-2 ${large ? "text-xl" : ""}`} aria-label={t("label")}>
      {counts.map((c, i) => {
        const share = answered > 0 ? c.count / answered : 0;
        return (
          <li key={i} className="space-y-1">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <span className={c.correct ? "font-semibold" : undefined}>
                {c.correct && (
                  <span className="mr-1 rounded bg-green-800 px-1.5 text-sm font-bold text-white dark:bg-green-300 dark:text-stone-950">
                    {t("right")}
                  </span>
                )}
                {c.label}
              </span>
              <span className="tabular-nums">{t("count", { count: c.count, share })}</span>
            </div>
            <div className="h-3 w-full rounded bg-stone-200 dark:bg-stone-700" aria-hidden="true">
              <div
                className={`h-3 rounded ${c.correct ? "bg-green-700 dark:bg-green-400" : "bg-blue-700 dark:bg-blue-400"}`}
                style={{ width: `${Math.round(share * 100)}%` }}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
