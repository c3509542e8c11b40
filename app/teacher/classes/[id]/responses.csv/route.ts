import { z } from "zod";
import { jsonError, parseParams } from "@/lib/http";
import { readCookie } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { classParamsSchema, idSchema } from "@/lib/classes/schemas";
import { DEFAULT_TIME_ZONE, TIME_ZONE_COOKIE, timeZoneSchema } from "@/lib/assignments/time";
import { requireTeacherClass } from "@/lib/teacher/access";
import { csvFileName } from "@/lib/teacher/csv";
import { responsesCsv } from "@/lib/teacher/responses";

// ?assignment= keeps to the answers that count for one assignment; ?tz= overrides the time zone the
// browser reported in its cookie (UTC when neither is there).
const querySchema = z.object({
  assignment: idSchema.optional().catch(undefined),
  tz: timeZoneSchema.optional().catch(undefined),
});

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ids = parseParams(await params, classParamsSchema);
  if (!ids.ok) return ids.response;
  const gate = await requireTeacherClass(req, ids.data.id);
  if (!gate.ok) return gate.response;
  const search = new URL(req.url).searchParams;
  const query = querySchema.parse({ assignment: search.get("assignment") ?? undefined, tz: search.get("tz") ?? undefined });
  const cookieZone = timeZoneSchema.safeParse(readCookie(req, TIME_ZONE_COOKIE));
  const timeZone = query.tz ?? (cookieZone.success ? cookieZone.data : DEFAULT_TIME_ZONE);
  const result = await responsesCsv(db(), gate.classroom.id, { timeZone, assignmentId: query.assignment });
  if (!result.ok) return jsonError(404, "There is no such assignment in this class.");
  return new Response(result.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(gate.classroom.name, new Date(), "responses")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
