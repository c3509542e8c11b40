import { db } from "@/lib/db";
import { classRoute } from "@/lib/http/handler";
import { reply } from "@/lib/http/respond";
import { fetchScoreTable } from "@/lib/reports/score-table";

/** The live score table, polled by the class page. */
export const GET = classRoute({
  async run({ classroom }) {
    return reply.json(await fetchScoreTable(db(), classroom.id), 200, { headers: { "Cache-Control": "private, no-store" } });
  },
});
