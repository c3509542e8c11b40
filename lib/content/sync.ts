import crypto from "node:crypto";
import type { PrismaClient } from "@/generated/sqlite/client";
import type { Unit } from "@/lib/content/schema";

const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

// SQLite allows 999 bound parameters per statement: retire in chunks well under that.
const RETIRE_CHUNK = 500;

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
 * Loads units into the database by stable ids ("<unit>/<slug>"). Rows are updated in place and
 * never deleted: an event or question that leaves the content is retired, so that responses,
 * review cards and reads recorded against it stay valid.
 */
export async function syncContent(
  db: PrismaClient,
  units: Unit[],
): Promise<{ unitsChanged: number; unitsUnchanged: number }> {
  let unitsChanged = 0;
  let unitsUnchanged = 0;

  for (const unit of units) {
    const unitId = unit.meta.slug;
    const stored = await db.unit.findUnique({ where: { id: unitId }, select: { contentHash: true } });
    if (stored?.contentHash === unit.contentHash) {
      unitsUnchanged++;
      continue;
    }

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

    await db.$transaction(async (tx) => {
      const now = new Date();
      await tx.unit.upsert({
        where: { id: unitId },
        create: { id: unitId, title: unit.meta.title, contentHash: unit.contentHash },
        update: { title: unit.meta.title, contentHash: unit.contentHash, loadedAt: now },
      });

      const storedEvents = new Map(
        (await tx.timelineEvent.findMany({ where: { unitId }, select: { id: true, contentHash: true, retiredAt: true } })).map(
          (row) => [row.id, row],
        ),
      );
      for (const event of events) {
        const row = storedEvents.get(event.id);
        if (row && row.contentHash === event.contentHash && row.retiredAt === null) continue;
        const { id, ...data } = event;
        await tx.timelineEvent.upsert({ where: { id }, create: event, update: { ...data, retiredAt: null } });
      }
      await inChunks(idsToRetire(storedEvents.values(), events), (ids) =>
        tx.timelineEvent.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } }),
      );

      const storedQuestions = new Map(
        (await tx.question.findMany({ where: { unitId }, select: { id: true, contentHash: true, retiredAt: true } })).map(
          (row) => [row.id, row],
        ),
      );
      for (const question of questions) {
        const row = storedQuestions.get(question.id);
        if (row && row.contentHash === question.contentHash && row.retiredAt === null) continue;
        const { id, ...data } = question;
        await tx.question.upsert({ where: { id }, create: question, update: { ...data, retiredAt: null } });
      }
      await inChunks(idsToRetire(storedQuestions.values(), questions), (ids) =>
        tx.question.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } }),
      );
    });
    unitsChanged++;
  }

  return { unitsChanged, unitsUnchanged };
}
