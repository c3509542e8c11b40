import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/http/session";
import type { TimelineEvent } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { readEventSlugs } from "@/lib/progress/reading";
import {
  applyFilters,
  eventAnchor,
  hasFilters,
  PAGE_SIZE,
  pageOfEvent,
  pageRanges,
  paginate,
  parseTimelineQuery,
  timelineHref,
  type SearchParams,
} from "@/lib/timeline/filters";
import { actorsInEvents, findUnit } from "@/lib/timeline/lookup";
import { buildOverview } from "@/lib/timeline/overview";
import { AboutUnit } from "@/components/timeline/about-unit";
import { unitLookup } from "@/components/timeline/event-details";
import { ReadingProgress } from "@/components/timeline/reading-progress";
import { TimelineFiltersPanel } from "@/components/timeline/timeline-filters";
import { TimelineList } from "@/components/timeline/timeline-list";
import { TimelineOverview } from "@/components/timeline/timeline-overview";
import { TimelinePages } from "@/components/timeline/timeline-pages";

// No loading.tsx for the timeline or its events: behind a loading boundary the page streams, and a
// streamed page stays hidden without JavaScript and answers 200 even when the unit is unknown.

type Props = { params: Promise<{ unit: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unit = findUnit((await params).unit);
  if (!unit) return { title: "Unit not found" };
  return { title: unit.meta.title, description: unit.meta.summary };
}

export default async function UnitPage({ params, searchParams }: Props) {
  const unit = findUnit((await params).unit);
  if (!unit) notFound();
  const slug = unit.meta.slug;
  const actors = actorsInEvents(unit);
  const query = parseTimelineQuery(await searchParams, new Set(actors.map((a) => a.id)));
  const filters = { category: query.category, actor: query.actor };
  const filtered = applyFilters(unit.events, filters);
  const pagination = paginate(filtered, query.page);
  const problems = pagination.problem ? [...query.problems, pagination.problem] : query.problems;

  const user = await currentUser();
  const read = user ? await readEventSlugs(db(), user.id, slug) : [];
  const lookup = unitLookup(unit);
  const hrefFor = (event: TimelineEvent) =>
    timelineHref(slug, { ...filters, page: pageOfEvent(filtered, event.id) }, eventAnchor(event.id));
  const ranges = pageRanges(filtered);

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
            All units
          </Link>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{unit.meta.title}</h1>
        <p className="max-w-prose leading-relaxed">{unit.meta.summary}</p>
        <div className="no-print flex flex-wrap items-center gap-4">
          <div className="min-w-56 flex-1">
            <ReadingProgress unit={slug} total={unit.events.length} initialRead={read} track />
          </div>
          <Link
            href={`/units/${slug}/quiz`}
            className="inline-flex min-h-11 items-center rounded bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 dark:bg-blue-300 dark:text-stone-950 dark:hover:bg-blue-200"
          >
            Check what you know: take the quiz
          </Link>
        </div>
      </header>

      {problems.length > 0 && (
        <div className="no-print rounded border-2 border-amber-600 bg-amber-50 p-3 dark:border-amber-400 dark:bg-amber-950" role="status">
          <p className="font-semibold">Some of the address could not be used:</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      <AboutUnit unit={unit} lookup={lookup} />
      <TimelineFiltersPanel unit={slug} events={unit.events} actors={actors} filters={filters} shown={filtered.length} />
      <TimelineOverview overview={buildOverview(filtered)} hrefFor={hrefFor} />

      {filtered.length === 0 ? (
        <p className="rounded border border-stone-300 p-4 dark:border-stone-600">
          No events match these filters.{" "}
          <Link href={timelineHref(slug, {})} className="inline-flex min-h-11 items-center underline underline-offset-4">
            Show every event
          </Link>
        </p>
      ) : (
        <section aria-label="Timeline of events" className="space-y-4">
          {pagination.pageCount > 1 && (
            <p className="text-sm font-medium">
              Page {pagination.page} of {pagination.pageCount}: events {(pagination.page - 1) * PAGE_SIZE + 1}–
              {(pagination.page - 1) * PAGE_SIZE + pagination.events.length} of {filtered.length}
              {hasFilters(filters) ? " matching the filters" : ""}.
            </p>
          )}
          <TimelinePages unit={slug} filters={filters} page={pagination.page} ranges={ranges} label="Timeline pages" />
          <TimelineList unit={slug} events={pagination.events} lookup={lookup} />
          <TimelinePages unit={slug} filters={filters} page={pagination.page} ranges={ranges} label="Timeline pages, end of page" />
        </section>
      )}
    </div>
  );
}
