import { z } from "zod";
import { getUnit } from "@/lib/content/store";
import { slug } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { classRoute } from "@/lib/http/handler";
import { parseQuery, reply } from "@/lib/http/respond";
import { fetchItemAnalysis } from "@/lib/reports/item-analysis";

const querySchema = z.object({ unit: slug });

/** Item analysis of one unit's questions for the class: GET ?unit=<unit slug>. */
export const GET = classRoute({
  async run({ req, classroom }) {
    const query = parseQuery(req, querySchema, "Name the unit to analyse: ?unit=<unit id>.");
    if (!query.ok) return query.reply;
    const unit = await getUnit(db(), query.data.unit);
    if (!unit) return reply.fail("unit-not-found");
    const analysis = await fetchItemAnalysis(db(), classroom.id, unit);
    return reply.json(analysis, 200, { headers: { "Cache-Control": "private, no-store" } });
  },
});
