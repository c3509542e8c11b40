import "server-only";
import crypto from "node:crypto";
import type { Unit } from "@/lib/content/schema";
import { checkUnitDocument } from "@/lib/content/document";
import { announcePublished, versionId, type VersionRef } from "@/lib/content/published";
import type { Problem } from "@/lib/content/validate";
import { isUniqueViolation, type Db } from "@/lib/db";
import { questionSchema } from "@/lib/content/schema";

const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

// SQLite allows 999 bound parameters per statement: retire in chunks well under that.
const RETIRE_CHUNK = 500;

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type StoredRow = { id: string; retiredAt: Date | null };

/** Ids stored as current that the content no longer has. */
function idsToRetire(stored: Iterable<StoredRow>, current: { id: string }[]): string[] {
  const keep = new Set(current.map((c) => c.id));
  return [...stored].filter((row) => row.retiredAt === null && !keep.has(row.id)).map((row) => row.id);
}

async function inChunks(ids: string[], run: (chunk: string[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < ids.length; i += RETIRE_CHUNK) await run(ids.slice(i, i + RETIRE_CHUNK));
}

/**
 * The unit's event and question rows ("<unit>/<slug>"), which reports group answers by, follow the
 * latest version: written in place, never deleted; one the version no longer has is retired. What
 * an answer meant is its attempt's version's document, which never changes.
 */
async function followLatest(tx: Tx, unit: Unit, now: Date): Promise<void> {
  const unitId = unit.meta.slug;
  const events = unit.events.map((event) => ({
    id: `${unitId}/${event.id}`,
    unitId,
    slug: event.id,
    date: event.date,
    title: event.title,
    category: event.category,
    contentHash: sha256(JSON.stringify(event)),
  }));
  const questions = unit.questions.map((question) => {
    const payload = JSON.stringify(question);
    return {
      id: `${unitId}/${question.id}`,
      unitId,
      slug: question.id,
      type: question.type,
      prompt: question.prompt,
      fromFaq: question.fromFaq,
      eventIds: JSON.stringify(question.eventIds),
      payload,
      contentHash: sha256(payload),
    };
  });

  const storedEvents = new Map(
    (await tx.timelineEvent.findMany({ where: { unitId }, select: { id: true, contentHash: true, retiredAt: true } })).map((row) => [row.id, row]),
  );
  for (const event of events) {
    const row = storedEvents.get(event.id);
    if (row && row.contentHash === event.contentHash && row.retiredAt === null) continue;
    const { id, ...data } = event;
    await tx.timelineEvent.upsert({ where: { id }, create: event, update: { ...data, retiredAt: null } });
  }
  await inChunks(idsToRetire(storedEvents.values(), events), (ids) => tx.timelineEvent.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } }));

  const storedQuestions = new Map(
    (await tx.question.findMany({ where: { unitId }, select: { id: true, contentHash: true, retiredAt: true } })).map((row) => [row.id, row]),
  );
  for (const question of questions) {
    const row = storedQuestions.get(question.id);
    if (row && row.contentHash === question.contentHash && row.retiredAt === null) continue;
    const { id, ...data } = question;
    await tx.question.upsert({ where: { id }, create: question, update: { ...data, retiredAt: null } });
  }
  await inChunks(idsToRetire(storedQuestions.values(), questions), (ids) => tx.question.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } }));
}

type Publish = { builtIn: boolean; by?: string };

/** The unit without the version it was read from, if it was read from the store. */
function documentOf(unit: Unit): Unit {
  if (!("version" in unit)) return unit;
  const document: Unit & { version?: unknown } = { ...unit };
  delete document.version;
  return document;
}

/** Version n+1 of the unit (version 1 of a new unit), unless its latest version has this content. */
async function publish(database: Db, unit: Unit, options: Publish): Promise<{ version: VersionRef; created: boolean }> {
  const unitId = unit.meta.slug;
  const latest = await database.unitVersion.findFirst({ where: { unitId }, orderBy: { number: "desc" }, select: { id: true, number: true, contentHash: true } });
  if (latest && latest.contentHash === unit.contentHash) return { version: { id: latest.id, unitId, number: latest.number }, created: false };
  const number = (latest?.number ?? 0) + 1;
  const version: VersionRef = { id: versionId(unitId, number), unitId, number };
  try {
    await database.$transaction(async (tx) => {
      const now = new Date();
      await tx.unit.upsert({
        where: { id: unitId },
        create: { id: unitId, title: unit.meta.title, contentHash: unit.contentHash, builtIn: options.builtIn },
        update: { title: unit.meta.title, contentHash: unit.contentHash, loadedAt: now },
      });
      await tx.unitVersion.create({
        data: {
          id: version.id,
          unitId,
          number,
          status: "published",
          contentHash: unit.contentHash,
          document: JSON.stringify(documentOf(unit)),
          publishedAt: now,
          createdById: options.by ?? null,
        },
      });
      await followLatest(tx, unit, now);
    });
  } catch (error) {
    // Another process published this number first: it is the same content when both load content/.
    if (!isUniqueViolation(error)) throw error;
    const won = await database.unitVersion.findUnique({ where: { id: version.id }, select: { contentHash: true } });
    if (won?.contentHash !== unit.contentHash) throw error;
    return { version, created: false };
  }
  await announcePublished(database, unitId);
  return { version, created: true };
}

/**
 * Version 1 of a unit that was in the database before units had versions has no document until
 * the content is loaded. It gets the content's document when that is what was loaded then; else
 * the content's document with the questions as they were stored then (the rest is no longer kept).
 */
async function fillMigratedVersion(database: Db, unit: Unit): Promise<void> {
  const unitId = unit.meta.slug;
  const empty = await database.unitVersion.findMany({ where: { unitId, document: null }, select: { id: true, contentHash: true } });
  for (const version of empty) {
    let document: Unit = unit;
    if (version.contentHash !== unit.contentHash) {
      const rows = await database.question.findMany({ where: { unitId, retiredAt: null }, select: { payload: true } });
      const stored = new Map(rows.map((row) => questionSchema.parse(JSON.parse(row.payload))).map((q) => [q.id, q]));
      const order = new Map(unit.questions.map((q, i) => [q.id, i]));
      const questions = [...stored.values()].sort((a, b) => (order.get(a.id) ?? order.size) - (order.get(b.id) ?? order.size));
      document = { ...unit, questions, contentHash: version.contentHash };
    }
    await database.unitVersion.updateMany({ where: { id: version.id, document: null }, data: { document: JSON.stringify(document) } });
    await announcePublished(database, unitId);
  }
}

/**
 * Loads the built-in units (content/) as published versions: a unit whose latest version has the
 * same content hash is left alone, so loading twice adds nothing.
 */
export async function syncContent(database: Db, units: Unit[]): Promise<{ unitsChanged: number; unitsUnchanged: number }> {
  let unitsChanged = 0;
  let unitsUnchanged = 0;
  for (const unit of units) {
    await fillMigratedVersion(database, unit);
    const { created } = await publish(database, unit, { builtIn: true });
    if (created) unitsChanged++;
    else unitsUnchanged++;
  }
  return { unitsChanged, unitsUnchanged };
}

export type PublishOutcome = { ok: true; version: VersionRef; created: boolean } | { ok: false; reason: "unit-invalid"; problems: Problem[] };

/**
 * Publishes `unit` as its unit's next version, checked as content files are. Publishing the
 * content the latest version already has adds nothing and answers that version.
 */
export async function publishUnitVersion(database: Db, unit: Unit, by?: string): Promise<PublishOutcome> {
  const problems = checkUnitDocument(unit);
  if (problems.length > 0) return { ok: false, reason: "unit-invalid", problems };
  const document: Unit = { ...documentOf(unit), contentHash: "" };
  document.contentHash = sha256(JSON.stringify(document));
  const { version, created } = await publish(database, document, { builtIn: false, by });
  return { ok: true, version, created };
}
