import { useTranslations } from "next-intl";
import type { AssignmentStatus } from "@/lib/assignments/status";

// Each state has an icon and words as well as a colour, so nothing depends on colour alone.

export const statusIcons: Record<AssignmentStatus, string> = {
  "not-started": "○",
  "in-progress": "◐",
  submitted: "✓",
  late: "◆",
};

export const statusColours: Record<AssignmentStatus, string> = {
  "not-started": "bg-stone-300 dark:bg-stone-600",
  "in-progress": "bg-amber-400 dark:bg-amber-500",
  submitted: "bg-green-600 dark:bg-green-500",
  late: "bg-purple-600 dark:bg-purple-400",
};

const badgeColours: Record<AssignmentStatus, string> = {
  "not-started": "border-stone-500 text-stone-800 dark:text-stone-200",
  "in-progress": "border-amber-700 text-amber-900 dark:border-amber-400 dark:text-amber-200",
  submitted: "border-green-700 text-green-900 dark:border-green-400 dark:text-green-200",
  late: "border-purple-700 text-purple-900 dark:border-purple-300 dark:text-purple-200",
};

export function StatusBadge({ status }: { status: AssignmentStatus }) {
  const t = useTranslations("assignments.status");
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-medium ${badgeColours[status]}`}
    >
      <span aria-hidden="true">{statusIcons[status]}</span>
      {t(status)}
    </span>
  );
}
