import { z } from "zod";
import { db } from "@/lib/db";
import { classRoute } from "@/lib/http/handler";
import { requestLocale } from "@/lib/http/locale";
import { parseQuery, reply } from "@/lib/http/respond";
import { scoreModes } from "@/lib/reports/score-modes";
import { fetchScoreTable } from "@/lib/reports/score-table";

const querySchema = z.object({ mode: z.enum(scoreModes).default("all") });

/** The live score table, polled by the class page; `?mode=faq|unit` keeps to one kind of quiz. Units are titled in the page's language. */
export const GET = classRoute({
  async run({ req, classroom }) {
    const query = parseQuery(req, querySchema, "Send ?mode=all, ?mode=faq or ?mode=unit, or no mode.");
    if (!query.ok) return query.reply;
    return reply.json(await fetchScoreTable(db(), classroom.id, query.data.mode, requestLocale(req)), 200, {
      headers: { "Cache-Control": "private, no-store" },
    });
  },
});
