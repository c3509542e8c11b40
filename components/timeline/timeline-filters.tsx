import Link from "next/link";
import { categories, type Actor, type Category, type TimelineEvent } from "@/lib/content/schema";
import { applyFilters, hasFilters, timelineHref, type TimelineFilters } from "@/lib/timeline/filters";
import { CategoryIcon, categoryLabels } from "@/components/timeline/category-badge";

const chip =
  "inline-flex min-h-11 items-center gap-1.5 rounded-full border px-3 text-sm hover:bg-stone-100 dark:hover:bg-stone-800";
const chipIdle = "border-stone-300 dark:border-stone-600";
// The chosen filter is marked by a tick and bold text as well as by colour.
const chipActive = "border-blue-700 bg-blue-50 font-bold text-blue-900 dark:border-blue-300 dark:bg-blue-950 dark:text-blue-100";

function Tick() {
  return (
    <svg viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth={3} aria-hidden="true" focusable="false">
      <path d="M5 12l5 5 9-10" />
    </svg>
  );
}

type Props = {
  unit: string;
  events: TimelineEvent[];
  actors: Actor[];
  filters: TimelineFilters;
  shown: number;
};

/** Filters as plain links, so they work without JavaScript and each view has its own address. */
export function TimelineFiltersPanel({ unit, events, actors, filters, shown }: Props) {
  const byActor = applyFilters(events, { actor: filters.actor });
  const byCategory = applyFilters(events, { category: filters.category });
  const categoryCount = (c: Category) => byActor.filter((e) => e.category === c).length;
  const actorCount = (id: string) => byCategory.filter((e) => e.actors.includes(id)).length;
  const present = categories.filter((c) => events.some((e) => e.category === c));
  const activeActor = actors.find((a) => a.id === filters.actor);

  return (
    <section aria-labelledby="filters-heading" className="no-print rounded-lg border border-stone-200 p-4 dark:border-stone-700">
      <h2 id="filters-heading" className="text-lg font-semibold">
        Filter events
      </h2>
      <p className="mt-1 font-medium" role="status">
        Showing {shown} of {events.length} events
        {activeActor && <> involving {activeActor.name}</>}
        {filters.category && <> in the category {categoryLabels[filters.category]}</>}
        {hasFilters(filters) && (
          <>
            {" · "}
            <Link href={timelineHref(unit, {})} className="inline-flex min-h-11 items-center underline underline-offset-4">
              Clear filters
            </Link>
          </>
        )}
      </p>

      <h3 className="mt-3 text-sm font-semibold">By category</h3>
      <ul className="mt-1 flex flex-wrap gap-2">
        <li>
          <Link
            href={timelineHref(unit, { actor: filters.actor })}
            aria-current={filters.category === undefined ? "true" : undefined}
            className={`${chip} ${filters.category === undefined ? chipActive : chipIdle}`}
          >
            {filters.category === undefined && <Tick />}
            All categories
          </Link>
        </li>
        {present.map((c) => (
          <li key={c}>
            <Link
              href={timelineHref(unit, { category: c, actor: filters.actor })}
              aria-current={filters.category === c ? "true" : undefined}
              className={`${chip} ${filters.category === c ? chipActive : chipIdle}`}
            >
              {filters.category === c ? <Tick /> : <CategoryIcon category={c} />}
              {categoryLabels[c]} <span className="text-stone-600 dark:text-stone-300">({categoryCount(c)})</span>
            </Link>
          </li>
        ))}
      </ul>

      <details className="mt-3" open={filters.actor !== undefined}>
        <summary className="min-h-11 cursor-pointer py-3 text-sm font-semibold">
          By actor{activeActor ? `: ${activeActor.name}` : ""}
        </summary>
        <ul className="mt-1 flex flex-wrap gap-2">
          <li>
            <Link
              href={timelineHref(unit, { category: filters.category })}
              aria-current={filters.actor === undefined ? "true" : undefined}
              className={`${chip} ${filters.actor === undefined ? chipActive : chipIdle}`}
            >
              {filters.actor === undefined && <Tick />}
              Everyone
            </Link>
          </li>
          {actors.map((a) => (
            <li key={a.id}>
              <Link
                href={timelineHref(unit, { category: filters.category, actor: a.id })}
                aria-current={filters.actor === a.id ? "true" : undefined}
                className={`${chip} ${filters.actor === a.id ? chipActive : chipIdle}`}
              >
                {filters.actor === a.id && <Tick />}
                {a.name} <span className="text-stone-600 dark:text-stone-300">({actorCount(a.id)})</span>
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
