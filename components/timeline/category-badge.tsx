import { categories, type Category } from "@/lib/content/schema";
import type { Speech } from "@/components/timeline/translate";

/** The category's name in the page's language. */
export const categoryLabel = (t: Speech["t"], category: Category): string => t(`category.${category}`);
export { categories };

// Colour only backs up the icon and the word; every shape differs so the category reads in
// greyscale and in print too. The colours are the .b-<category> classes in globals.css.

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

export function CategoryIcon({ category, className = "ico" }: { category: Category; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" className={className} aria-hidden="true">
      <path d={paths[category]} />
    </svg>
  );
}

/** The icon comes from the stylesheet (.b-<category>::before), drawn once for every card that shows it. */
export function CategoryBadge({ category, t }: { category: Category; t: Speech["t"] }) {
  return <span className={`badge b-${category}`}>{categoryLabel(t, category)}</span>;
}
