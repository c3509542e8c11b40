import { z } from "zod";
import { categorySchema, slug, type Category, type TimelineEvent } from "@/lib/content/schema";

// The timeline's filters and page live in the URL (?category=…&actor=…&page=…) so that they work
// as plain links without JavaScript and can be shared. A value that does not fit is reported and
// ignored rather than failing the page.

export type SearchParams = Record<string, string | string[] | undefined>;
export type TimelineFilters = { category?: Category; actor?: string };
/** A part of the address that could not be used, for the page to say in its language (messages: timeline.problem.*). */
type TimelineProblem =
  | { reason: "repeated"; name: "category" | "actor" | "page" }
  | { reason: "category" | "actor" | "page"; value: string }
  | { reason: "pastEnd"; page: number; last: number };
export type TimelineQuery = TimelineFilters & { page: number; problems: TimelineProblem[] };

/** Events per page; a unit with no more events than this is shown on one page. */
export const PAGE_SIZE = 100;

const pageSchema = z.coerce.number().int().min(1);

function single(
  params: SearchParams,
  name: "category" | "actor" | "page",
  problems: TimelineProblem[],
): string | undefined {
  const value = params[name];
  if (Array.isArray(value)) {
    problems.push({ reason: "repeated", name });
    return undefined;
  }
  return value === "" ? undefined : value;
}

export function parseTimelineQuery(params: SearchParams, actorIds: ReadonlySet<string>): TimelineQuery {
  const problems: TimelineProblem[] = [];
  const query: TimelineQuery = { page: 1, problems };

  const category = single(params, "category", problems);
  if (category !== undefined) {
    const parsed = categorySchema.safeParse(category);
    if (parsed.success) query.category = parsed.data;
    else problems.push({ reason: "category", value: category });
  }

  const actor = single(params, "actor", problems);
  if (actor !== undefined) {
    if (slug.safeParse(actor).success && actorIds.has(actor)) query.actor = actor;
    else problems.push({ reason: "actor", value: actor });
  }

  const page = single(params, "page", problems);
  if (page !== undefined) {
    const parsed = pageSchema.safeParse(page);
    if (parsed.success) query.page = parsed.data;
    else problems.push({ reason: "page", value: page });
  }
  return query;
}

export function applyFilters(events: readonly TimelineEvent[], filters: TimelineFilters): TimelineEvent[] {
  return events.filter(
    (e) =>
      (!filters.category || e.category === filters.category) && (!filters.actor || e.actors.includes(filters.actor)),
  );
}

export function hasFilters(filters: TimelineFilters): boolean {
  return filters.category !== undefined || filters.actor !== undefined;
}

/** The unit page's URL for these filters and page; page 1 is left out so a unit has one address. */
export function timelineHref(unit: string, filters: TimelineFilters & { page?: number }, hash?: string): string {
  const search = new URLSearchParams();
  if (filters.category) search.set("category", filters.category);
  if (filters.actor) search.set("actor", filters.actor);
  if (filters.page && filters.page > 1) search.set("page", String(filters.page));
  const query = search.toString();
  return `/units/${unit}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}

export function eventAnchor(eventSlug: string): string {
  return `event-${eventSlug}`;
}

export type Pagination = { page: number; pageCount: number; events: TimelineEvent[]; problem?: TimelineProblem };

export function paginate(events: readonly TimelineEvent[], requestedPage: number, pageSize = PAGE_SIZE): Pagination {
  const pageCount = Math.max(1, Math.ceil(events.length / pageSize));
  let page = requestedPage;
  let problem: TimelineProblem | undefined;
  if (page > pageCount) {
    problem = { reason: "pastEnd", page: requestedPage, last: pageCount };
    page = pageCount;
  }
  return { page, pageCount, events: events.slice((page - 1) * pageSize, page * pageSize), problem };
}

/** The page (1-based) on which an event appears in a list paginated by `pageSize`. */
export function pageOfEvent(events: readonly TimelineEvent[], eventSlug: string, pageSize = PAGE_SIZE): number {
  const index = events.findIndex((e) => e.id === eventSlug);
  return index < 0 ? 1 : Math.floor(index / pageSize) + 1;
}

/** First and last event of each page, for page links that say which dates they hold. */
export function pageRanges(
  events: readonly TimelineEvent[],
  pageSize = PAGE_SIZE,
): { first: TimelineEvent; last: TimelineEvent }[] {
  const ranges: { first: TimelineEvent; last: TimelineEvent }[] = [];
  for (let start = 0; start < events.length; start += pageSize) {
    const first = events[start];
    const last = events[Math.min(start + pageSize, events.length) - 1];
    if (first && last) ranges.push({ first, last });
  }
  return ranges;
}

/** An event page's address; the timeline's filters go along so that its previous and next follow them. */
export function eventHref(unit: string, eventSlug: string, filters: TimelineFilters = {}): string {
  const search = new URLSearchParams();
  if (filters.category) search.set("category", filters.category);
  if (filters.actor) search.set("actor", filters.actor);
  const query = search.toString();
  return `/units/${unit}/events/${eventSlug}${query ? `?${query}` : ""}`;
}
