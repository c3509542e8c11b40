import { z } from "zod";
import { slug } from "@/lib/content/schema";
import { latestVersions } from "@/lib/content/published";
import { db } from "@/lib/db";
import { route } from "@/lib/http/handler";
import { refusal, reply } from "@/lib/http/respond";
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

const noUnit = () => reply.fail("unit-not-found");

export const GET = route({
  params,
  async run({ req, params }) {
    const unit = await findStoredUnit(db(), params.unit);
    if (!unit) return noUnit();
    const user = await userFromRequest(req);
    const [read, total] = await Promise.all([
      user ? readEventSlugs(db(), user.id, unit.id) : [],
      unitEventCount(db(), unit.id),
    ]);
    return reply.json({ read, total });
  },
});

export const POST = route({
  params,
  body,
  async run({ req, params, body }) {
    const unit = await findStoredUnit(db(), params.unit);
    if (!unit) return noUnit();
    const eventIds = [...new Set(body.eventIds)];
    const unknown = await unknownEventSlugs(db(), unit.id, eventIds);
    if (unknown.length > 0) {
      return reply.fail("event-not-found", {
        issues: [{ path: "eventIds", message: `unknown event ids: ${unknown.join(", ")}` }],
      });
    }
    const learner = await learnerForRequest(req);
    if (!learner.ok) return refusal(learner);
    const { user, session } = learner;
    const added = await recordReads(db(), user.id, unit.id, eventIds, (await latestVersions(db())).get(unit.id)?.id);
    const [read, total] = await Promise.all([readEventSlugs(db(), user.id, unit.id), unitEventCount(db(), unit.id)]);
    return reply.json({ added, read, total }, 200, { session });
  },
});
