import type { TimelineEvent } from "@/lib/content/schema";
import { getPathname } from "@/lib/i18n/navigation";
import { formatShortDate } from "@/lib/timeline/dates";
import { timelineHref, type TimelineFilters } from "@/lib/timeline/filters";
import type { Speech } from "@/components/timeline/translate";

type Props = Speech & {
  unit: string;
  filters: TimelineFilters;
  page: number;
  ranges: { first: TimelineEvent; last: TimelineEvent }[];
  /** Each navigation landmark on a page needs its own name. */
  label: string;
};

/** Page links that say which dates each page holds, for units too long for one page. */
export function TimelinePages({ unit, filters, page, ranges, label, t, locale }: Props) {
  if (ranges.length <= 1) return null;
  return (
    <nav aria-label={label} className="no-print">
      <ol className="flex flex-wrap gap-2 text-sm">
        {ranges.map((range, i) => {
          const n = i + 1;
          const dates = `${formatShortDate(range.first, locale)} – ${formatShortDate(range.last, locale)}`;
          return (
            <li key={n}>
              <a
                href={getPathname({ locale, href: timelineHref(unit, { ...filters, page: n }) })}
                aria-current={n === page ? "page" : undefined}
                className={`inline-flex min-h-11 flex-col justify-center rounded border px-3 py-1 hover:bg-stone-100 dark:hover:bg-stone-800 ${
                  n === page
                    ? "border-blue-700 bg-blue-50 font-bold dark:border-blue-300 dark:bg-blue-950"
                    : "border-stone-300 dark:border-stone-600"
                }`}
              >
                <span>
                  {t("pageLink", { page: n })}
                  {n === page && ` ${t("thisPage")}`}
                </span>
                <span className="text-xs font-normal">{dates}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
