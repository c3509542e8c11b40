import "server-only";
import type { Unit } from "@/lib/content/schema";
import { localizeUnit } from "@/lib/content/localize";
import { latestVersions, versionId, type VersionRef } from "@/lib/content/published";
import { intlLocale } from "@/lib/i18n/dates";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { Db } from "@/lib/db";

// Pages and the quiz read units here. A version's document is parsed once per process and kept:
// a published version never changes, so only "which version is the latest" can go stale (see
// lib/content/published.ts).

/** A unit as one of its versions has it. */
export type StoredUnit = Unit & { version: VersionRef };

const documents = new Map<string, Promise<StoredUnit | undefined>>();
const localized = new Map<string, StoredUnit>();

async function readVersion(database: Db, id: string): Promise<StoredUnit | undefined> {
  const row = await database.unitVersion.findUnique({
    where: { id },
    select: { id: true, unitId: true, number: true, status: true, document: true },
  });
  if (!row || row.status !== "published" || row.document === null) return undefined;
  const unit = JSON.parse(row.document) as Unit;
  return { ...unit, version: { id: row.id, unitId: row.unitId, number: row.number } };
}

function english(database: Db, id: string): Promise<StoredUnit | undefined> {
  let found = documents.get(id);
  if (!found) {
    found = readVersion(database, id);
    documents.set(id, found);
    // A version not (yet) published or filled is asked for again next time.
    void found.then(
      (unit) => unit ?? documents.delete(id),
      () => documents.delete(id),
    );
  }
  return found;
}

function inLocale(unit: StoredUnit, locale: Locale): StoredUnit {
  if (locale === defaultLocale) return unit;
  const key = `${unit.version.id}\u0000${locale}`;
  let found = localized.get(key);
  if (!found) {
    found = { ...localizeUnit(unit, locale), version: unit.version };
    localized.set(key, found);
  }
  return found;
}

/** One published version of a unit by its id ("<unit>@<number>"), in `locale`. */
export async function getUnitVersion(database: Db, id: string, locale: Locale = defaultLocale): Promise<StoredUnit | undefined> {
  const unit = await english(database, id);
  return unit && inLocale(unit, locale);
}

/**
 * The unit in `locale` (English by default; see localizeUnit): its latest published version, or
 * version number `version`.
 */
export async function getUnit(database: Db, slug: string, locale: Locale = defaultLocale, version?: number): Promise<StoredUnit | undefined> {
  const id = version === undefined ? (await latestVersions(database)).get(slug)?.id : versionId(slug, version);
  return id === undefined ? undefined : getUnitVersion(database, id, locale);
}

/** The latest published version of every unit in `locale`, sorted by title. */
export async function getUnits(database: Db, locale: Locale = defaultLocale): Promise<StoredUnit[]> {
  const latest = [...(await latestVersions(database)).values()];
  const units = (await Promise.all(latest.map((ref) => getUnitVersion(database, ref.id, locale)))).filter((u) => u !== undefined);
  return units.sort((a, b) => a.meta.title.localeCompare(b.meta.title, locale === defaultLocale ? "en" : intlLocale(locale)));
}
