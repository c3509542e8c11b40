import { NextResponse } from "next/server";
import { z } from "zod";
import { jsonError, parseParams, zodIssues } from "@/lib/http";
import { db } from "@/lib/db";
import { getUnit } from "@/lib/content/load";
import { slug } from "@/lib/content/schema";
import { classParamsSchema } from "@/lib/classes/schemas";
import { requireTeacherClass } from "@/lib/teacher/access";
import { fetchItemAnalysis } from "@/lib/teacher/item-analysis";

const querySchema = z.object({ unit: slug });

/** Item analysis of one unit's questions for the class: GET ?unit=<unit slug>. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ids = parseParams(await params, classParamsSchema);
  if (!ids.ok) return ids.response;
  const gate = await requireTeacherClass(req, ids.data.id);
  if (!gate.ok) return gate.response;
  const query = querySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) return jsonError(400, "Name the unit to analyse: ?unit=<unit id>.", zodIssues(query.error));
  const unit = getUnit(query.data.unit);
  if (!unit) return jsonError(404, `There is no unit "${query.data.unit}".`);
  const analysis = await fetchItemAnalysis(db(), gate.classroom.id, unit);
  return NextResponse.json(analysis, { headers: { "Cache-Control": "private, no-store" } });
}
