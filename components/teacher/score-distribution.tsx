import { useTranslations } from "next-intl";
import { scoreDistribution } from "@/lib/reports/distribution";
import type { ScoreTable } from "@/lib/reports/score-table";

/** Bars with their numbers written out, so the chart reads the same without seeing it. */
export function ScoreDistribution({ table }: { table: ScoreTable }) {
  const t = useTranslations("teacher.distribution");
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {table.units.map((unit) => {
        const { bins, notStarted } = scoreDistribution(table, unit.id);
        const max = Math.max(1, ...bins.map((b) => b.count));
        return (
          <figure key={unit.id} className="rounded border border-stone-300 p-3 dark:border-stone-700">
            <figcaption className="mb-2 font-semibold">{t("caption", { unit: unit.title })}</figcaption>
            <ul className="space-y-1">
              {bins.map((bin) => (
                <li key={bin.label} className="grid grid-cols-[5.5rem_1fr_6rem] items-center gap-2 text-sm">
                  <span>{bin.label}</span>
                  <span aria-hidden="true" className="h-4 rounded bg-stone-200 dark:bg-stone-800">
                    <span
                      className="block h-4 rounded bg-blue-700 dark:bg-blue-400"
                      style={{ width: `${(bin.count / max) * 100}%` }}
                    />
                  </span>
                  <span>{t("students", { count: bin.count })}</span>
                </li>
              ))}
            </ul>
            <p className="mt-2 text-sm">{t("notStarted", { count: notStarted })}</p>
          </figure>
        );
      })}
    </div>
  );
}
