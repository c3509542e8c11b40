import "server-only";
import { slug } from "@/lib/content/schema";
import type { Actor, Source, TimelineEvent, Unit } from "@/lib/content/schema";
import { getUnit } from "@/lib/content/store";
import type { Db } from "@/lib/db";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

// Route params come from the address bar: anything that is not a slug is simply not found.

export async function findUnit(database: Db, param: string, locale: Locale = defaultLocale): Promise<Unit | undefined> {
  return slug.safeParse(param).success ? getUnit(database, param, locale) : undefined;
}

export function findEvent(unit: Unit, param: string): { event: TimelineEvent; index: number } | undefined {
  if (!slug.safeParse(param).success) return undefined;
  const index = unit.events.findIndex((e) => e.id === param);
  const event = unit.events[index];
  return event ? { event, index } : undefined;
}

/** The actors that take part in at least one event, by name: the ones worth filtering by. */
export function actorsInEvents(unit: Unit) {
  const used = new Set(unit.events.flatMap((e) => e.actors));
  return unit.actors.filter((a) => used.has(a.id)).sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** A unit's actors and sources by id, for the cards and event pages that cite them. */
export type UnitLookup = { actors: Map<string, Actor>; sources: Map<string, Source> };

export function unitLookup(unit: { actors: Actor[]; sources: Source[] }): UnitLookup {
  return { actors: new Map(unit.actors.map((a) => [a.id, a])), sources: new Map(unit.sources.map((s) => [s.id, s])) };
}
