import { NextResponse } from "next/server";
import { parseParams } from "@/lib/http";
import { db } from "@/lib/db";
import { classParamsSchema } from "@/lib/classes/schemas";
import { requireTeacherClass } from "@/lib/teacher/access";
import { fetchScoreTable } from "@/lib/teacher/score-table";

/** The live score table, polled by the class page. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ids = parseParams(await params, classParamsSchema);
  if (!ids.ok) return ids.response;
  const gate = await requireTeacherClass(req, ids.data.id);
  if (!gate.ok) return gate.response;
  const table = await fetchScoreTable(db(), gate.classroom.id);
  return NextResponse.json(table, { headers: { "Cache-Control": "private, no-store" } });
}
