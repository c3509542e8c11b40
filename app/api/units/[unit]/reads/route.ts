import { z } from "zod";
import { slug } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { route } from "@/lib/http/handler";
import { reply } from "@/lib/http/respond";
import { learnerForRequest, userFromRequest } from "@/lib/http/session";
import { findStoredUnit, readEventSlugs, recordReads, unitEventCount, unknownEventSlugs } from "@/lib/progress/reading";

const params = z.object({ unit: slug });
const MAX_READS_PER_REQUEST = 200;
const body = z.strictObject({
  eventIds: z
    .array(slug, { error: "eventIds must be a list of event ids" })
    .min(1, "send at least one event id")
    .max(MAX_READS_PER_REQUEST, `send at most ${MAX_READS_PER_REQUEST} event ids at once`),
});

const noUnit = (unit: string) => reply.fail("unit-not-found", { message: `There is no unit "${unit}".` });

export const GET = route({
  params,
  async run({ req, params }) {
    const unit = await findStoredUnit(db(), params.unit);
    if (!unit) return noUnit(params.unit);
    const user = await userFromRequest(req);
    const [read, total] = await Promise.all([user ? readEventSlugs(db(), user.id, unit.id) : [], unitEventCount(db(), unit.id)]);
    return reply.json({ read, total });
  },
});

export const POST = route({
  params,
  body,
  async run({ req, params, body }) {
    const unit = await findStoredUnit(db(), params.unit);
    if (!unit) return noUnit(params.unit);
    const eventIds = [...new Set(body.eventIds)];
    const unknown = await unknownEventSlugs(db(), unit.id, eventIds);
    if (unknown.length > 0) {
      const names = unknown.map((s) => `"${s}"`).join(", ");
      return reply.fail("event-not-found", {
        message: `The unit "${unit.id}" has no event ${names}; nothing was recorded.`,
        issues: [{ path: "eventIds", message: `unknown event ids: ${unknown.join(", ")}` }],
      });
    }
    const { user, session } = await learnerForRequest(req);
    const added = await recordReads(db(), user.id, unit.id, eventIds);
    const [read, total] = await Promise.all([readEventSlugs(db(), user.id, unit.id), unitEventCount(db(), unit.id)]);
    return reply.json({ added, read, total }, 200, { session });
  },
});
