import "server-only";
import { Prisma } from "@/generated/sqlite/client";
import type { Db } from "@/lib/db";

// Reading progress: which events of a unit a learner has read. Rows are keyed by (user, event), so
// recording the same read twice, or from two tabs at once, is harmless.

const eventRowId = (unitId: string, slug: string) => `${unitId}/${slug}`;

/** The slugs among `slugs` that are not current events of the unit. */
export async function unknownEventSlugs(database: Db, unitId: string, slugs: readonly string[]): Promise<string[]> {
  const rows = await database.timelineEvent.findMany({
    where: { unitId, retiredAt: null, id: { in: slugs.map((s) => eventRowId(unitId, s)) } },
    select: { slug: true },
  });
  const known = new Set(rows.map((r) => r.slug));
  return slugs.filter((s) => !known.has(s));
}

/**
 * Records reads of the unit's version `unitVersionId` in one statement; reads already recorded are
 * left as they are (their first readAt and version are kept). The slugs must be events of the unit
 * (see unknownEventSlugs). Returns how many reads were new.
 */
export async function recordReads(
  database: Db,
  userId: string,
  unitId: string,
  slugs: readonly string[],
  unitVersionId: string | null = null,
): Promise<number> {
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return 0;
  const now = new Date();
  const rows = unique.map((slug) => Prisma.sql`(${userId}, ${eventRowId(unitId, slug)}, ${now}, ${unitVersionId})`);
  // ON CONFLICT DO NOTHING is understood by both SQLite and PostgreSQL; Prisma's createMany cannot
  // skip duplicates on SQLite.
  return database.$executeRaw`INSERT INTO "EventRead" ("userId", "eventId", "readAt", "unitVersionId") VALUES ${Prisma.join(rows)} ON CONFLICT DO NOTHING`;
}

/** The slugs of the unit's current events that the learner has read, in no particular order. */
export async function readEventSlugs(database: Db, userId: string, unitId: string): Promise<string[]> {
  const rows = await database.eventRead.findMany({
    where: { userId, event: { unitId, retiredAt: null } },
    select: { event: { select: { slug: true } } },
  });
  return rows.map((r) => r.event.slug);
}

/** How many current events of the unit exist in the database. */
export function unitEventCount(database: Db, unitId: string): Promise<number> {
  return database.timelineEvent.count({ where: { unitId, retiredAt: null } });
}

/** Events read per unit for one learner, counted by the database. Units with no reads are absent. */
export async function readCountsByUnit(database: Db, userId: string): Promise<Map<string, number>> {
  const rows = await database.$queryRaw<{ unitId: string; count: number | bigint }[]>`
    SELECT e."unitId" AS "unitId", COUNT(*) AS "count"
    FROM "EventRead" r JOIN "TimelineEvent" e ON e."id" = r."eventId"
    WHERE r."userId" = ${userId} AND e."retiredAt" IS NULL
    GROUP BY e."unitId"`;
  return new Map(rows.map((r) => [r.unitId, Number(r.count)]));
}

/** The unit as stored (a unit whose content was never loaded has no reading progress). */
export function findStoredUnit(database: Db, unitId: string): Promise<{ id: string } | null> {
  return database.unit.findUnique({ where: { id: unitId }, select: { id: true } });
}
