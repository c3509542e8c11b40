import { z } from "zod";
import { db } from "@/lib/db";
import { DEFAULT_TIME_ZONE, timeZoneSchema } from "@/lib/assignments/time";
import { idSchema } from "@/lib/classrooms/schemas";
import { classRoute } from "@/lib/http/handler";
import { parseQuery, refusal, reply } from "@/lib/http/respond";
import { requestLocale } from "@/lib/http/locale";
import { requestTimeZone } from "@/lib/http/time-zone";
import { csvWords } from "../csv-words";
import { csvFileName } from "@/lib/reports/csv";
import { responsesCsv } from "@/lib/reports/responses";

// ?assignment= keeps to the answers that count for one assignment; ?tz= overrides the time zone the
// browser reported in its cookie (UTC when neither is there).
const querySchema = z.object({ assignment: idSchema.optional(), tz: timeZoneSchema.optional() });

export const GET = classRoute({
  async run({ req, classroom }) {
    const query = parseQuery(
      req,
      querySchema,
      "Send ?assignment=<assignment id> and ?tz=<IANA time zone>, or neither.",
    );
    if (!query.ok) return query.reply;
    const timeZone = query.data.tz ?? requestTimeZone(req) ?? DEFAULT_TIME_ZONE;
    const locale = requestLocale(req);
    const result = await responsesCsv(db(), classroom.id, {
      timeZone,
      assignmentId: query.data.assignment,
      locale,
      words: csvWords(locale).responses,
    });
    if (!result.ok) return refusal(result);
    return reply.response(
      new Response(result.csv, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${csvFileName(classroom.name, new Date(), "responses")}"`,
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
        },
      }),
    );
  },
});
