import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/http/session";
import { db } from "@/lib/db";
import { getPathname } from "@/lib/i18n/navigation";
import { readEventSlugs, recordReads } from "@/lib/progress/reading";
import {
  applyFilters,
  eventAnchor,
  eventHref,
  hasFilters,
  pageOfEvent,
  parseTimelineQuery,
  timelineHref,
  type SearchParams,
} from "@/lib/timeline/filters";
import { glossaryEntries } from "@/lib/timeline/glossary";
import { actorsInEvents, findEvent, findUnit, unitLookup } from "@/lib/timeline/lookup";
import { CategoryBadge } from "@/components/timeline/category-badge";
import { EventDetails } from "@/components/timeline/event-details";
import { EventTime } from "@/components/timeline/event-time";
import { LocatorMap } from "@/components/timeline/locator-map";
import { prewrite, type PhraseValues } from "@/components/timeline/phrases";
import { ReadingProgress } from "@/components/timeline/reading-progress";
import { ClientMessages } from "@/components/ui/client-messages";
import { TranslationNotice } from "@/components/ui/translation-notice";
import { buttonClass } from "@/components/ui/styles";

type Props = { params: Promise<{ unit: string; event: string }>; searchParams: Promise<SearchParams> };

async function load(params: Props["params"]) {
  const { unit: unitParam, event: eventParam } = await params;
  const unit = await findUnit(db(), unitParam, await getLocale());
  const found = unit && findEvent(unit, eventParam);
  return unit && found ? { unit, ...found } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return { title: (await getTranslations("event"))("notFound") };
  const description = found.event.summary.length > 200 ? `${found.event.summary.slice(0, 197)}…` : found.event.summary;
  return {
    title: `${found.event.title} · ${found.unit.meta.title}`,
    description,
    openGraph: { title: found.event.title, description, type: "article" },
  };
}

const navLink =
  "flex min-h-11 flex-col justify-center rounded border border-stone-300 px-3 py-2 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";

export default async function EventPage({ params, searchParams }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { unit, event } = found;
  const [t, te, locale] = await Promise.all([getTranslations("timeline"), getTranslations("event"), getLocale()]);
  const href = (path: string) => getPathname({ locale, href: path });
  const slug = unit.meta.slug;
  const query = parseTimelineQuery(await searchParams, new Set(actorsInEvents(unit).map((a) => a.id)));
  const filters = { category: query.category, actor: query.actor };
  // Previous and next follow the filter the learner came from, when this event is part of it.
  const sequence = applyFilters(unit.events, filters);
  const inSequence = sequence.some((e) => e.id === event.id);
  const list = inSequence ? sequence : unit.events;
  const listFilters = inSequence ? filters : {};
  const index = list.findIndex((e) => e.id === event.id);
  const previous = list[index - 1];
  const next = list[index + 1];
  // Prompts only: a question's options and key stay on the server until it is answered in a quiz.
  const prompts = unit.questions
    .filter((q) => q.eventIds.includes(event.id))
    .map((q) => ({ id: q.id, prompt: q.prompt }));
  const user = await currentUser();
  // Opening an event counts as reading it, with or without JavaScript, for a learner we know.
  if (user) await recordReads(db(), user.id, slug, [event.id]);
  const read = user ? await readEventSlugs(db(), user.id, slug) : [];
  const backHref = href(
    timelineHref(slug, { ...listFilters, page: pageOfEvent(list, event.id) }, eventAnchor(event.id)),
  );
  const quizHref = href(`/units/${slug}/quiz`);
  const place = event.places?.[0];
  // A guest's opening of the event is recorded from the browser, which then shows one more read.
  const total = unit.events.length;
  const readCounts = read.includes(event.id) ? [read.length] : [read.length, read.length + 1];
  const phrases = prewrite(
    t,
    readCounts.map((n): [string, PhraseValues] => ["read", { read: n, total }]),
  );

  // Server components, with the reading progress as the one island.
  return (
    <div className="space-y-6">
      <TranslationNotice unit={unit} />
      <div className="space-y-6">
        <p className="text-sm">
          <a href={backHref} className="inline-flex min-h-11 items-center underline underline-offset-4">
            {te("back", { unit: unit.meta.title })}
          </a>
        </p>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,420px)]">
          <article aria-labelledby="event-title" className="print-break-avoid">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
              <CategoryBadge category={event.category} t={t} />
              <EventTime event={event} t={t} locale={locale} />
            </div>
            <h1 id="event-title" className="mt-2 text-2xl font-bold sm:text-3xl">
              {event.title}
            </h1>
            <EventDetails
              event={event}
              lookup={unitLookup(unit)}
              headingLevel="h2"
              glossary={glossaryEntries(unit.meta.glossary)}
              glossaryHref={href(`/units/${slug}`)}
              t={t}
              te={te}
              locale={locale}
            />
          </article>
          {place && <LocatorMap unit={unit} highlight={place} t={t} />}
        </div>
      </div>

      <div className="no-print">
        <ClientMessages namespaces={["timeline.progress"]}>
          <ReadingProgress
            unit={slug}
            total={total}
            initialRead={read}
            phrases={phrases}
            openedEventId={user ? undefined : event.id}
          />
        </ClientMessages>
      </div>

      <div className="space-y-6">
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading" className="text-lg font-semibold">
            {te("questionsHeading")}
          </h2>
          {prompts.length === 0 ? (
            <p className="mt-1">{te("noQuestions")}</p>
          ) : (
            <>
              <p className="mt-1 text-sm">{te("questionsIntro")}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {prompts.map((q) => (
                  <li key={q.id}>
                    <a href={quizHref} className="underline underline-offset-2">
                      {q.prompt}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="mt-3">
            <a href={quizHref} className={buttonClass}>
              {te("takeQuiz")}
            </a>
          </p>
        </section>

        <nav aria-label={te("navLabel")} className="no-print">
          {hasFilters(listFilters) && <p className="mb-2 text-sm">{te("followsFilter", { count: list.length })}</p>}
          <ul className="grid gap-3 sm:grid-cols-2">
            <li>
              {previous && (
                <a href={href(eventHref(slug, previous.id, listFilters))} rel="prev" className={navLink}>
                  <span className="text-sm">{te("previous")}</span>
                  <span className="font-semibold">{previous.title}</span>
                </a>
              )}
            </li>
            <li className="sm:text-right">
              {next && (
                <a href={href(eventHref(slug, next.id, listFilters))} rel="next" className={navLink}>
                  <span className="text-sm">{te("next")}</span>
                  <span className="font-semibold">{next.title}</span>
                </a>
              )}
            </li>
          </ul>
        </nav>
      </div>
    </div>
  );
}
