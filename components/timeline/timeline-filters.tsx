import { categories, type Actor, type ActorGroup, type Category, type TimelineEvent } from "@/lib/content/schema";
import { applyFilters, hasFilters, timelineHref, type TimelineFilters } from "@/lib/timeline/filters";
import { getPathname } from "@/lib/i18n/navigation";
import { CategoryIcon, categoryLabel } from "@/components/timeline/category-badge";
import type { Speech } from "@/components/timeline/translate";

// The chosen filter (aria-current) is marked by a tick and bold text as well as by colour: see .chip in globals.css.

function Tick() {
  return (
    <svg viewBox="0 0 24 24" className="ico" strokeWidth={3} aria-hidden="true">
      <path d="M5 12l5 5 9-10" />
    </svg>
  );
}

/** The actors in their groups, in the groups' order; actors in no group come last, as "Others". */
function groupActors(actors: Actor[], groups: ActorGroup[], t: Speech["t"]): { name: string; actors: Actor[] }[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const placed = new Set<string>();
  const result = groups
    .map((g) => {
      const members = g.actors.map((id) => byId.get(id)).filter((a): a is Actor => a !== undefined);
      members.forEach((a) => placed.add(a.id));
      return { name: g.name, actors: members };
    })
    .filter((g) => g.actors.length > 0);
  const rest = actors.filter((a) => !placed.has(a.id));
  if (rest.length > 0)
    result.push({ name: groups.length > 0 ? t("filters.others") : t("filters.everyoneElse"), actors: rest });
  return result;
}

type Props = Speech & {
  unit: string;
  events: TimelineEvent[];
  actors: Actor[];
  /** How the actors' chips are grouped; actors in no group are listed under "Others". */
  groups: ActorGroup[];
  filters: TimelineFilters;
  shown: number;
};

/** Filters as plain links, so they work without JavaScript and each view has its own address. */
export function TimelineFiltersPanel({ unit, events, actors, groups, filters, shown, t, locale }: Props) {
  const href = (f: TimelineFilters) => getPathname({ locale, href: timelineHref(unit, f) });
  const byActor = applyFilters(events, { actor: filters.actor });
  const byCategory = applyFilters(events, { category: filters.category });
  const categoryCount = (c: Category) => byActor.filter((e) => e.category === c).length;
  const actorCount = (id: string) => byCategory.filter((e) => e.actors.includes(id)).length;
  const present = categories.filter((c) => events.some((e) => e.category === c));
  const activeActor = actors.find((a) => a.id === filters.actor);

  return (
    <section
      aria-labelledby="filters-heading"
      className="no-print rounded-lg border border-stone-200 p-4 dark:border-stone-700"
    >
      <h2 id="filters-heading" className="text-lg font-semibold">
        {t("filters.heading")}
      </h2>
      <p className="mt-1 font-medium" role="status">
        {t("filters.showing", { shown, total: events.length })}
        {activeActor && ` ${t("filters.involving", { actor: activeActor.name })}`}
        {filters.category && ` ${t("filters.inCategory", { category: categoryLabel(t, filters.category) })}`}
        {hasFilters(filters) && (
          <>
            {" · "}
            <a href={href({})} className="inline-flex min-h-11 items-center underline underline-offset-4">
              {t("filters.clear")}
            </a>
          </>
        )}
      </p>

      <h3 className="mt-3 text-sm font-semibold">{t("filters.byCategory")}</h3>
      <ul className="mt-1 flex flex-wrap gap-2">
        <li>
          <a
            href={href({ actor: filters.actor })}
            aria-current={filters.category === undefined ? "true" : undefined}
            className="chip"
          >
            {filters.category === undefined && <Tick />}
            {t("filters.allCategories")}
          </a>
        </li>
        {present.map((c) => (
          <li key={c}>
            <a
              href={href({ category: c, actor: filters.actor })}
              aria-current={filters.category === c ? "true" : undefined}
              className="chip"
            >
              {filters.category === c ? <Tick /> : <CategoryIcon category={c} />}
              {categoryLabel(t, c)} <span className="muted">({categoryCount(c)})</span>
            </a>
          </li>
        ))}
      </ul>

      <details className="mt-3" open={filters.actor !== undefined}>
        <summary className="min-h-11 cursor-pointer py-3 text-sm font-semibold">
          {activeActor ? t("filters.byActorChosen", { actor: activeActor.name }) : t("filters.byActor")}
        </summary>
        <ul className="mt-1 flex flex-wrap gap-2">
          <li>
            <a
              href={href({ category: filters.category })}
              aria-current={filters.actor === undefined ? "true" : undefined}
              className="chip"
            >
              {filters.actor === undefined && <Tick />}
              {t("filters.everyone")}
            </a>
          </li>
        </ul>
        {groupActors(actors, groups, t).map((group) => (
          <div key={group.name} className="mt-2">
            <h4 className="text-sm font-semibold text-stone-700 dark:text-stone-300">{group.name}</h4>
            <ul className="mt-1 flex flex-wrap gap-2">
              {group.actors.map((a) => (
                <li key={a.id}>
                  <a
                    href={href({ category: filters.category, actor: a.id })}
                    aria-current={filters.actor === a.id ? "true" : undefined}
                    className="chip"
                  >
                    {filters.actor === a.id && <Tick />}
                    {a.name} <span className="muted">({actorCount(a.id)})</span>
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </details>
    </section>
  );
}
