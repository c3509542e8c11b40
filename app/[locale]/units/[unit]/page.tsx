import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/http/session";
import type { TimelineEvent } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { getPathname } from "@/lib/i18n/navigation";
import { readEventSlugs } from "@/lib/progress/reading";
import {
  applyFilters,
  eventAnchor,
  eventHref,
  hasFilters,
  PAGE_SIZE,
  pageOfEvent,
  pageRanges,
  paginate,
  parseTimelineQuery,
  timelineHref,
  type SearchParams,
} from "@/lib/timeline/filters";
import { glossaryEntries } from "@/lib/timeline/glossary";
import { actorsInEvents, findUnit, unitLookup } from "@/lib/timeline/lookup";
import { AboutUnit, ArticleCorrections, UnitGlossary } from "@/components/timeline/about-unit";
import { AxisKeyboard } from "@/components/timeline/axis-keyboard";
import { LocatorMap } from "@/components/timeline/locator-map";
import { ReadingProgress, UnreadEvents } from "@/components/timeline/reading-progress";
import { TimeAxis } from "@/components/timeline/time-axis";
import { TimelineFiltersPanel } from "@/components/timeline/timeline-filters";
import { TimelineList } from "@/components/timeline/timeline-list";
import { prewrite } from "@/components/timeline/phrases";
import { TimelinePages } from "@/components/timeline/timeline-pages";
import { buttonClass } from "@/components/ui/styles";
import { ClientMessages } from "@/components/ui/client-messages";
import { TranslationNotice } from "@/components/ui/translation-notice";

// No loading.tsx for the timeline or its events: behind a loading boundary the page streams, and a
// streamed page stays hidden without JavaScript and answers 200 even when the unit is unknown.
// Links here are plain <a>: a timeline holds dozens of them, and Next.js's <Link> would prefetch
// each one that scrolls into view.

type Props = { params: Promise<{ unit: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unit = await findUnit(db(), (await params).unit, await getLocale());
  if (!unit) return { title: (await getTranslations("timeline"))("notFound") };
  return { title: unit.meta.title, description: unit.meta.summary };
}

export default async function UnitPage({ params, searchParams }: Props) {
  const locale = await getLocale();
  const unit = await findUnit(db(), (await params).unit, locale);
  if (!unit) notFound();
  const t = await getTranslations("timeline");
  const speech = { t, locale };
  const href = (path: string) => getPathname({ locale, href: path });
  const slug = unit.meta.slug;
  const actors = actorsInEvents(unit);
  const query = parseTimelineQuery(await searchParams, new Set(actors.map((a) => a.id)));
  const filters = { category: query.category, actor: query.actor };
  const filtered = applyFilters(unit.events, filters);
  const pagination = paginate(filtered, query.page);
  const problems = pagination.problem ? [...query.problems, pagination.problem] : query.problems;

  const user = await currentUser();
  const read = user ? await readEventSlugs(db(), user.id, slug) : [];
  const readSet = new Set(read);
  const lookup = unitLookup(unit);
  const glossary = glossaryEntries(unit.meta.glossary);
  const onThisPage = new Set(pagination.events.map((e) => e.id));
  // A marker of an event on this page jumps to its card; one on another page goes to that page.
  const hrefFor = (event: Pick<TimelineEvent, "id">) =>
    onThisPage.has(event.id)
      ? `#${eventAnchor(event.id)}`
      : href(timelineHref(slug, { ...filters, page: pageOfEvent(filtered, event.id) }, eventAnchor(event.id)));
  const ranges = pageRanges(filtered);
  const unreadHere = pagination.events.filter((e) => !readSet.has(e.id));
  const pageSize = pagination.events.length;
  const phrases = prewrite(t, [
    ["read", { read: read.length, total: unit.events.length }],
    ["unreadHeading"],
    ["allRead"],
    ["unreadCount", { unread: unreadHere.length, total: pageSize }],
    ["more", { count: unreadHere.length - Math.min(8, unreadHere.length) }],
    ["markRead", { count: unreadHere.length }],
  ]);
  const quizHref = href(`/units/${slug}/quiz`);
  const firstShown = (pagination.page - 1) * PAGE_SIZE + 1;
  const pageSummary = {
    page: pagination.page,
    pages: pagination.pageCount,
    first: firstShown,
    last: firstShown + pagination.events.length - 1,
    total: filtered.length,
  };

  // Server components throughout; the client islands are the reading progress, the unread list
  // and the axis's arrow keys, each given only ids, counts and sentences.
  return (
    <ClientMessages namespaces={["timeline.progress"]}>
      <div className="space-y-5">
        <TranslationNotice unit={unit} />
        <header className="space-y-2">
          <p className="text-sm">
            <a href={href("/")} className="inline-flex min-h-11 items-center underline underline-offset-4">
              {t("allUnits")}
            </a>
          </p>
          <h1 className="text-2xl font-bold sm:text-3xl">{unit.meta.title}</h1>
          <p className="max-w-prose leading-relaxed">{unit.meta.summary}</p>
          <p className="no-print">
            <a href={quizHref} className={buttonClass}>
              {t("quizCall")}
            </a>
          </p>
        </header>

        <div className="no-print sticky top-0 z-20 -mx-4 flex items-center gap-3 border-b border-stone-300 bg-stone-50 px-4 py-1.5 dark:border-stone-700 dark:bg-stone-900">
          <div className="min-w-0 flex-1">
            <ReadingProgress unit={slug} total={unit.events.length} initialRead={read} phrases={phrases} track />
          </div>
          <a href="#unread" className="inline-flex min-h-11 shrink-0 items-center text-sm underline underline-offset-4">
            {t("unreadLink")}
          </a>
        </div>

        <div className="space-y-5">
          {problems.length > 0 && (
            <div
              className="no-print rounded border-2 border-amber-600 bg-amber-50 p-3 dark:border-amber-400 dark:bg-amber-950"
              role="status"
            >
              <p className="font-semibold">{t("problemsTitle")}</p>
              <ul className="mt-1 list-disc pl-5">
                {problems.map((p, i) => (
                  <li key={i}>{t(`problem.${p.reason}`, p)}</li>
                ))}
              </ul>
            </div>
          )}
          <ArticleCorrections unit={unit} lookup={lookup} {...speech} />
          <TimeAxis events={filtered} eras={unit.eras} hrefFor={hrefFor} {...speech} />
          <div className="later grid gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,480px)]">
            <TimelineFiltersPanel
              unit={slug}
              events={unit.events}
              actors={actors}
              groups={unit.actorGroups}
              filters={filters}
              shown={filtered.length}
              {...speech}
            />
            <LocatorMap unit={unit} t={t} />
          </div>

          {filtered.length === 0 ? (
            <p className="rounded border border-stone-300 p-4 dark:border-stone-600">
              {t("noMatch")}{" "}
              <a
                href={href(timelineHref(slug, {}))}
                className="inline-flex min-h-11 items-center underline underline-offset-4"
              >
                {t("showAll")}
              </a>
            </p>
          ) : (
            <section aria-label={t("listLabel")} className="space-y-4">
              {pagination.pageCount > 1 && (
                <p className="text-sm font-medium">
                  {t(hasFilters(filters) ? "pageSummaryFiltered" : "pageSummary", pageSummary)}
                </p>
              )}
              <TimelinePages
                unit={slug}
                filters={filters}
                page={pagination.page}
                ranges={ranges}
                label={t("pagesLabel")}
                {...speech}
              />
              <TimelineList
                events={pagination.events}
                lookup={lookup}
                glossary={glossary}
                read={readSet}
                eventHref={(event) => href(eventHref(slug, event.id, filters))}
                {...speech}
              />
              <TimelinePages
                unit={slug}
                filters={filters}
                page={pagination.page}
                ranges={ranges}
                label={t("pagesLabelEnd")}
                {...speech}
              />
            </section>
          )}
        </div>
        <AxisKeyboard axisId="time-axis" />

        <div className="no-print space-y-3">
          <UnreadEvents
            unit={slug}
            total={unit.events.length}
            initialRead={read}
            pageSize={pageSize}
            initialUnread={{
              count: unreadHere.length,
              shown: unreadHere.slice(0, 8).map((e) => ({ id: e.id, title: e.title })),
            }}
            phrases={phrases}
          />
          <p className="rounded-lg border-2 border-blue-700 p-3 sm:p-4 dark:border-blue-300">
            <span className="block font-semibold">{t("finishedTitle")}</span>
            <span className="mt-1 block">{t("finishedText")}</span>
            <a href={quizHref} className={`${buttonClass} mt-2`}>
              {t("takeQuiz")}
            </a>
          </p>
        </div>
        <div className="later space-y-5">
          <UnitGlossary entries={glossary} t={t} />
          <AboutUnit unit={unit} {...speech} />
        </div>
      </div>
    </ClientMessages>
  );
}
