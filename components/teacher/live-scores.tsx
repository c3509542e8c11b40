"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { withQueryClient } from "@/components/ui/query-provider";
import { useEffect, useMemo, useState } from "react";
import { ScoreDistribution } from "@/components/teacher/score-distribution";
import { MASTERY_LEVELS } from "@/lib/progress/mastery";
import { routes } from "@/lib/routes";
import type { ScoreMode, ScoreRow, ScoreTable, UnitScore } from "@/lib/reports/score-table";

// The score table refreshes itself while students work; the server renders the first version so
// the table is there without JavaScript.

const POLL_MS = 5000;
type Metric = "inProgress" | "best" | "last" | "attempts" | "mastery" | "eventsRead";
type SortKey = { column: "name" } | { column: Metric; unitId: string };
const METRICS: Metric[] = ["inProgress", "best", "last", "attempts", "mastery", "eventsRead"];
const masteryRank = new Map(MASTERY_LEVELS.map((m, i) => [m.level, i]));

function sortValue(row: ScoreRow, key: SortKey): number | string {
  if (key.column === "name") return row.displayName.toLocaleLowerCase();
  const s: UnitScore | undefined = row.units[key.unitId];
  if (!s) return -1;
  if (key.column === "mastery") return masteryRank.get(s.mastery) ?? 0;
  if (key.column === "inProgress") return s.inProgress?.answered ?? -1;
  return s[key.column] ?? -1;
}

async function fetchScores(classId: string, mode: ScoreMode): Promise<ScoreTable> {
  const res = await fetch(routes.api.scores(classId, mode), { cache: "no-store" });
  if (!res.ok) throw new Error(`GET scores answered ${res.status}`);
  return (await res.json()) as ScoreTable;
}

export const LiveScores = withQueryClient(Scores);

function Scores({ classId, initial }: { classId: string; initial: ScoreTable }) {
  const t = useTranslations("teacher.scores");
  const tr = useTranslations("reports");
  const percent = (share: number | null) => (share === null ? "—" : t("percent", { share }));
  const inProgressText = (s: UnitScore | undefined) => (s?.inProgress ? t("inProgress", s.inProgress) : "—");
  const { data, dataUpdatedAt, isError } = useQuery({
    queryKey: ["class-scores", classId, initial.mode],
    queryFn: () => fetchScores(classId, initial.mode),
    initialData: initial,
    initialDataUpdatedAt: Date.parse(initial.generatedAt),
    refetchInterval: POLL_MS,
    staleTime: 0,
  });
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: { column: "name" },
    descending: false,
  });

  const rows = useMemo(() => {
    const sorted = [...data.students].sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      const order = x < y ? -1 : x > y ? 1 : a.displayName.localeCompare(b.displayName);
      return sort.descending ? -order : order;
    });
    return sorted;
  }, [data, sort]);

  const seconds = now === null ? 0 : Math.max(0, Math.round((now - dataUpdatedAt) / 1000));
  const same = (k: SortKey) =>
    k.column === sort.key.column &&
    (k.column === "name" || (sort.key.column !== "name" && k.unitId === sort.key.unitId));
  const ariaSort = (k: SortKey) => (same(k) ? (sort.descending ? "descending" : "ascending") : undefined);
  const toggle = (k: SortKey) =>
    setSort((s) => ({ key: k, descending: same(k) ? !s.descending : k.column !== "name" }));
  const sortButton = (k: SortKey, label: string) => (
    <button
      type="button"
      onClick={() => toggle(k)}
      className="inline-flex min-h-11 items-center gap-1 font-semibold underline-offset-2 hover:underline"
    >
      {label}
      <span aria-hidden="true">{same(k) ? (sort.descending ? "▼" : "▲") : "↕"}</span>
    </button>
  );

  return (
    <div className="space-y-4">
      <p className="text-sm text-stone-700 dark:text-stone-300">
        {seconds < 2 ? t("updatedNow") : t("updatedAgo", { seconds })} {t("refreshes", { seconds: POLL_MS / 1000 })}
        {isError && <strong> {t("refreshFailed")}</strong>}
      </p>
      {data.students.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div role="region" aria-labelledby="score-table-caption" tabIndex={0} className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption id="score-table-caption" className="sr-only">
              {t("caption")}
            </caption>
            <thead>
              <tr>
                <th
                  scope="col"
                  rowSpan={2}
                  aria-sort={ariaSort({ column: "name" })}
                  className="border-b border-stone-400 px-2 text-left"
                >
                  {sortButton({ column: "name" }, t("student"))}
                </th>
                {data.units.map((u) => (
                  <th
                    key={u.id}
                    scope="colgroup"
                    colSpan={METRICS.length}
                    className="border-b border-stone-300 px-2 text-left dark:border-stone-600"
                  >
                    {u.title}
                  </th>
                ))}
              </tr>
              <tr>
                {data.units.flatMap((u) =>
                  METRICS.map((m) => {
                    const k: SortKey = { column: m, unitId: u.id };
                    return (
                      <th
                        key={`${u.id}-${m}`}
                        scope="col"
                        aria-sort={ariaSort(k)}
                        className="border-b border-stone-400 px-2 text-left"
                      >
                        {sortButton(k, t("metric." + m))}
                      </th>
                    );
                  }),
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.enrollmentId} className="border-b border-stone-200 dark:border-stone-700">
                  <th scope="row" className="px-2 text-left font-medium">
                    <Link
                      href={routes.classStudent(classId, row.enrollmentId)}
                      className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300"
                    >
                      {row.displayName}
                    </Link>
                  </th>
                  {data.units.flatMap((u) => {
                    const s = row.units[u.id];
                    return [
                      <td key={`${u.id}-now`} className="px-2">
                        {inProgressText(s)}
                      </td>,
                      <td key={`${u.id}-best`} className="px-2">
                        {percent(s?.best ?? null)}
                      </td>,
                      <td key={`${u.id}-last`} className="px-2">
                        {percent(s?.last ?? null)}
                      </td>,
                      <td key={`${u.id}-attempts`} className="px-2">
                        {s?.attempts ?? 0}
                      </td>,
                      <td key={`${u.id}-mastery`} className="px-2">
                        {tr("mastery." + (s?.mastery ?? "not-started"))}
                      </td>,
                      <td key={`${u.id}-read`} className="px-2">
                        {t("eventsRead", { read: s?.eventsRead ?? 0, total: u.eventsTotal })}
                      </td>,
                    ];
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="distribution-title">
        <h3 id="distribution-title" className="mb-2 text-lg font-semibold">
          {t("distributionTitle")}
        </h3>
        <ScoreDistribution table={data} />
      </section>
    </div>
  );
}
