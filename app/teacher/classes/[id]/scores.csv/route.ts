import { parseParams } from "@/lib/http";
import { db } from "@/lib/db";
import { classParamsSchema } from "@/lib/classes/schemas";
import { requireTeacherClass } from "@/lib/teacher/access";
import { csvFileName, scoresCsv } from "@/lib/teacher/csv";
import { fetchScoreTable } from "@/lib/teacher/score-table";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ids = parseParams(await params, classParamsSchema);
  if (!ids.ok) return ids.response;
  const gate = await requireTeacherClass(req, ids.data.id);
  if (!gate.ok) return gate.response;
  const csv = scoresCsv(await fetchScoreTable(db(), gate.classroom.id));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(gate.classroom.name, new Date())}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
