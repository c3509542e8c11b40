import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { HeatCell, HeatMap, HeatOrder } from "@/lib/reports/heat-map";

// Students × questions, each cell an icon with its word for screen readers and a colour; the
// question list under the table names each column and links to its item analysis.

const CELL: Record<HeatCell, { icon: string; className: string }> = {
  right: { icon: "✓", className: "bg-green-200 text-green-950 dark:bg-green-800 dark:text-green-50" },
  partly: { icon: "◐", className: "bg-amber-200 text-amber-950 dark:bg-amber-700 dark:text-amber-50" },
  wrong: { icon: "✗", className: "bg-red-200 text-red-950 dark:bg-red-800 dark:text-red-50" },
  "not-yet": { icon: "·", className: "bg-stone-100 text-stone-700 dark:bg-stone-800 dark:text-stone-300" },
};

export function HeatMapView({
  map,
  order,
  sortHref,
  itemHref,
}: {
  map: HeatMap;
  order: HeatOrder;
  sortHref: (order: HeatOrder) => string;
  itemHref: (slug: string) => string;
}) {
  const t = useTranslations("reports.heatMap");
  if (map.students.length === 0) return <p>{t("nobodyJoined")}</p>;
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-3 text-sm">
        <span>{t("columnsIn")}</span>
        {(["quiz", "difficulty"] as const).map((o) =>
          o === order ? (
            <strong key={o} aria-current="true">
              {t(o === "quiz" ? "quizOrder" : "hardestFirst")}
            </strong>
          ) : (
            <Link
              key={o}
              href={sortHref(o)}
              className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300"
            >
              {t(o === "quiz" ? "quizOrder" : "hardestFirst")}
            </Link>
          ),
        )}
      </p>
      <ul className="flex flex-wrap gap-3 text-sm" aria-label={t("key")}>
        {(Object.keys(CELL) as HeatCell[]).map((c) => (
          <li key={c} className="inline-flex items-center gap-1">
            <span
              aria-hidden="true"
              className={`inline-flex h-6 w-6 items-center justify-center rounded ${CELL[c].className}`}
            >
              {CELL[c].icon}
            </span>
            {t("cell." + c)}
          </li>
        ))}
      </ul>
      <div role="region" aria-labelledby="heat-map-caption" tabIndex={0} className="overflow-x-auto">
        <table className="border-collapse text-sm">
          <caption id="heat-map-caption" className="sr-only">
            {t("caption")}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="px-2 text-left">
                {t("student")}
              </th>
              {map.questions.map((q, i) => (
                <th key={q.id} scope="col" className="px-1 text-center">
                  <Link
                    href={itemHref(q.slug)}
                    className="inline-flex min-h-11 min-w-8 items-center justify-center text-blue-800 underline dark:text-blue-300"
                  >
                    <span aria-hidden="true">{t("short", { number: i + 1 })}</span>
                    <span className="sr-only">{t("long", { number: i + 1, prompt: q.prompt })}</span>
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.students.map((s) => (
              <tr key={s.enrollmentId} className="border-t border-stone-200 dark:border-stone-700">
                <th scope="row" className="px-2 text-left font-medium whitespace-nowrap">
                  {s.displayName}
                </th>
                {s.cells.map((c, i) => (
                  <td key={map.questions[i]!.id} className="p-0.5 text-center">
                    <span className={`inline-flex h-7 w-7 items-center justify-center rounded ${CELL[c].className}`}>
                      <span aria-hidden="true">{CELL[c].icon}</span>
                      <span className="sr-only">{t("cell." + c)}</span>
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="space-y-1 text-sm">
        {map.questions.map((q, i) => (
          <li key={q.id}>
            <span className="font-semibold">{t("short", { number: i + 1 })}</span>{" "}
            <Link href={itemHref(q.slug)} className="text-blue-800 underline dark:text-blue-300">
              {q.prompt}
            </Link>{" "}
            <span className="text-stone-700 dark:text-stone-300">
              ({q.shareRight === null ? t("noAnswers") : t("answered", { count: q.answered, share: q.shareRight })})
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
