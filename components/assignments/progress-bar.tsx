import { useTranslations } from "next-intl";
import type { AssignmentStatus, StatusCounts } from "@/lib/assignments/status";
import { statusColours, statusIcons } from "@/components/assignments/status-badge";

// One stacked bar per assignment; the legend underneath carries the numbers in words, so the bar
// itself is decoration for screen readers.

const ORDER: { status: AssignmentStatus; key: keyof StatusCounts }[] = [
  { status: "submitted", key: "submitted" },
  { status: "late", key: "late" },
  { status: "in-progress", key: "inProgress" },
  { status: "not-started", key: "notStarted" },
];

export function AssignmentProgressBar({ counts }: { counts: StatusCounts }) {
  const t = useTranslations("assignments");
  const total = counts.notStarted + counts.inProgress + counts.submitted + counts.late;
  return (
    <div>
      <div
        aria-hidden="true"
        className="flex h-4 w-full overflow-hidden rounded border border-stone-500 bg-stone-100 dark:bg-stone-800"
      >
        {total > 0 &&
          ORDER.map(({ status, key }) =>
            counts[key] > 0 ? (
              <div
                key={status}
                className={statusColours[status]}
                style={{ width: `${(counts[key] / total) * 100}%` }}
              />
            ) : null,
          )}
      </div>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {ORDER.map(({ status, key }) => (
          <li key={status} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm ${statusColours[status]}`} />
            <span aria-hidden="true">{statusIcons[status]}</span>
            {t("status." + status)}: <strong>{counts[key]}</strong>
          </li>
        ))}
        <li className="text-stone-700 dark:text-stone-300">{t("progress.ofStudents", { count: total })}</li>
      </ul>
    </div>
  );
}
