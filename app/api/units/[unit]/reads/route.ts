import { NextResponse } from "next/server";
import { z } from "zod";
import { slug } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { checkOrigin, jsonError, parseJsonBody, parseParams } from "@/lib/http";
import { learnerForRequest, setSessionCookie, userFromRequest } from "@/lib/auth/session";
import { readEventSlugs, recordReads, unitEventCount, unknownEventSlugs } from "@/lib/progress/reading";

const paramsSchema = z.object({ unit: slug });
const MAX_READS_PER_REQUEST = 200;
const bodySchema = z.strictObject({
  eventIds: z
    .array(slug, { error: "eventIds must be a list of event ids" })
    .min(1, "send at least one event id")
    .max(MAX_READS_PER_REQUEST, `send at most ${MAX_READS_PER_REQUEST} event ids at once`),
});

type Context = { params: Promise<{ unit: string }> };

async function findUnit(unit: string) {
  return db().unit.findUnique({ where: { id: unit }, select: { id: true } });
}

const noStore = { "Cache-Control": "no-store" };

export async function GET(req: Request, { params }: Context) {
  const parsed = parseParams(await params, paramsSchema);
  if (!parsed.ok) return parsed.response;
  const unit = await findUnit(parsed.data.unit);
  if (!unit) return jsonError(404, `There is no unit "${parsed.data.unit}".`);
  const user = await userFromRequest(req);
  const [read, total] = await Promise.all([
    user ? readEventSlugs(db(), user.id, unit.id) : Promise.resolve([]),
    unitEventCount(db(), unit.id),
  ]);
  return NextResponse.json({ read, total }, { headers: noStore });
}

export async function POST(req: Request, { params }: Context) {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const parsed = parseParams(await params, paramsSchema);
  if (!parsed.ok) return parsed.response;
  const body = await parseJsonBody(req, bodySchema);
  if (!body.ok) return body.response;
  const unit = await findUnit(parsed.data.unit);
  if (!unit) return jsonError(404, `There is no unit "${parsed.data.unit}".`);

  const eventIds = [...new Set(body.data.eventIds)];
  const unknown = await unknownEventSlugs(db(), unit.id, eventIds);
  if (unknown.length > 0) {
    const names = unknown.map((s) => `"${s}"`).join(", ");
    return jsonError(422, `The unit "${unit.id}" has no event ${names}; nothing was recorded.`, [
      { path: "eventIds", message: `unknown event ids: ${unknown.join(", ")}` },
    ]);
  }

  const { user, session } = await learnerForRequest(req);
  const added = await recordReads(db(), user.id, unit.id, eventIds);
  const [read, total] = await Promise.all([readEventSlugs(db(), user.id, unit.id), unitEventCount(db(), unit.id)]);
  const res = NextResponse.json({ added, read, total }, { headers: noStore });
  if (session) setSessionCookie(res, req, session);
  return res;
}
