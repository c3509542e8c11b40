import { formatProblems, loadContent } from "@/lib/content/load";
import { localizeUnit } from "@/lib/content/localize";
import type { Unit } from "@/lib/content/schema";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

// The built-in units straight from content/, for tests that need a unit without a database (and
// to load into a test database). The app reads units from the database (lib/content/store.ts).

let units: Unit[] | undefined;

/** Every unit of content/, sorted by title; throws with every problem if any is invalid. */
export function contentUnits(): Unit[] {
  if (!units) {
    const loaded = loadContent();
    if (loaded.problems.length > 0) throw new Error(`Invalid content:\n${formatProblems(loaded.problems)}`);
    units = [...loaded.units].sort((a, b) => a.meta.title.localeCompare(b.meta.title, "en"));
  }
  return units;
}

/** One unit of content/ in `locale`, as the store gives it. */
export function contentUnit(slug: string, locale: Locale = defaultLocale): Unit | undefined {
  const unit = contentUnits().find((u) => u.meta.slug === slug);
  return unit && localizeUnit(unit, locale);
}
