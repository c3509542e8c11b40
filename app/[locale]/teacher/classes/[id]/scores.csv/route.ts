import { db } from "@/lib/db";
import { classRoute } from "@/lib/http/handler";
import { requestLocale } from "@/lib/http/locale";
import { reply } from "@/lib/http/respond";
import { csvWords } from "../csv-words";
import { csvFileName, scoresCsv } from "@/lib/reports/csv";
import { fetchScoreTable } from "@/lib/reports/score-table";

export const GET = classRoute({
  async run({ req, classroom }) {
    const csv = scoresCsv(await fetchScoreTable(db(), classroom.id), csvWords(requestLocale(req)).mastery);
    return reply.response(
      new Response(csv, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${csvFileName(classroom.name, new Date())}"`,
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
        },
      }),
    );
  },
});
