import type { Category } from "@/lib/content/schema";

export const categoryLabels: Record<Category, string> = {
  clash: "Clash",
  diplomacy: "Diplomacy",
  military: "Military",
  statement: "Statement",
  investigation: "Investigation",
  background: "Background",
};

// Colour only backs up the icon and the word; every shape differs so the category reads in
// greyscale and in print too.
const styles: Record<Category, string> = {
  clash: "border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100",
  diplomacy: "border-blue-300 bg-blue-50 text-blue-900 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-100",
  military: "border-green-300 bg-green-50 text-green-900 dark:border-green-700 dark:bg-green-950 dark:text-green-100",
  statement: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
  investigation: "border-violet-300 bg-violet-50 text-violet-900 dark:border-violet-700 dark:bg-violet-950 dark:text-violet-100",
  background: "border-stone-300 bg-stone-100 text-stone-800 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100",
};

const paths: Record<Category, string> = {
  // crossed lines: a clash
  clash: "M4 4l16 16M20 4L4 20M4 4h4M4 4v4M20 4h-4M20 4v4",
  // two hands meeting: a handshake drawn as two arcs
  diplomacy: "M3 12l4-4 5 3 5-3 4 4-9 7z",
  // a shield
  military: "M12 3l8 3v6c0 4.5-3.4 7.7-8 9-4.6-1.3-8-4.5-8-9V6z",
  // a speech bubble
  statement: "M4 5h16v10H9l-5 4z",
  // a magnifying glass
  investigation: "M10 4a6 6 0 100 12 6 6 0 000-12zM14.5 14.5L20 20",
  // a clock
  background: "M12 3a9 9 0 100 18 9 9 0 000-18zM12 7v5l3 3",
};

export function CategoryIcon({ category, className = "h-4 w-4" }: { category: Category; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" className={className} fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={paths[category]} />
    </svg>
  );
}

export function CategoryBadge({ category }: { category: Category }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${styles[category]}`}>
      <CategoryIcon category={category} />
      {categoryLabels[category]}
    </span>
  );
}
