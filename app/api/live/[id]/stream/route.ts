import { db } from "@/lib/db";
import { zodIssues } from "@/lib/http/body";
import { route } from "@/lib/http/handler";
import { requestLocale } from "@/lib/http/locale";
import { reply } from "@/lib/http/respond";
import { userFromRequest } from "@/lib/http/session";
import { liveEventStream, liveHub } from "@/lib/live/hub";
import { sessionParams, streamQuery } from "@/lib/live/schemas";
import { liveViewer } from "@/lib/live/sessions";

export const dynamic = "force-dynamic";

/**
 * The session as it happens, for its teacher and every seated device: `data: <json>` messages,
 * the first of which is the current state (so a device that reconnects is at once up to date).
 * Each connection gets the texts in its own language: `?lang=` (en, sq, sr-Latn), else the language
 * of the page that opened it (Referer), else Accept-Language.
 */
export const GET = route({
  params: sessionParams,
  async run({ req, params }) {
    const query = streamQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!query.success) return reply.fail("invalid", { issues: zodIssues(query.error) });
    const user = await userFromRequest(req);
    if (!user) return reply.fail("live-follow-first");
    const access = await liveViewer(db(), params.id, user);
    if (!access.ok) return reply.fail("live-session-not-found");
    return reply.response(
      new Response(
        liveEventStream(liveHub(), access.row.id, access.viewer, req.signal, query.data.lang ?? requestLocale(req)),
        {
          headers: {
            "Content-Type": "text/event-stream; charset=utf-8",
            "Cache-Control": "no-store, no-transform",
            Connection: "keep-alive",
            // Proxies such as nginx would otherwise hold the messages back in a buffer.
            "X-Accel-Buffering": "no",
          },
        },
      ),
    );
  },
});
