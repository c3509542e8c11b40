import { NextResponse } from "next/server";
import { z } from "zod";
import { parseParams } from "@/lib/http";
import { db } from "@/lib/db";
import { classParamsSchema } from "@/lib/classes/schemas";
import { requireTeacherClass } from "@/lib/teacher/access";
import { fetchScoreTable, scoreModes } from "@/lib/teacher/score-table";

const querySchema = z.object({ mode: z.enum(scoreModes).catch("all") });

/** The live score table, polled by the class page; `?mode=faq|unit` keeps to one kind of quiz. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ids = parseParams(await params, classParamsSchema);
  if (!ids.ok) return ids.response;
  const gate = await requireTeacherClass(req, ids.data.id);
  if (!gate.ok) return gate.response;
  const { mode } = querySchema.parse({ mode: new URL(req.url).searchParams.get("mode") ?? undefined });
  const table = await fetchScoreTable(db(), gate.classroom.id, mode);
  return NextResponse.json(table, { headers: { "Cache-Control": "private, no-store" } });
}
