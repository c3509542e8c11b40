import { userFromRequest } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { jsonError } from "@/lib/http";
import { liveEventStream, liveHub } from "@/lib/live/hub";
import { liveViewer } from "@/lib/live/sessions";
import { sessionParams, type LiveParams } from "@/app/api/live/respond";

export const dynamic = "force-dynamic";

/**
 * The session as it happens, for its teacher and every seated device: `data: <json>` messages,
 * the first of which is the current state (so a device that reconnects is at once up to date).
 */
export async function GET(req: Request, { params }: LiveParams): Promise<Response> {
  const parsed = sessionParams.safeParse(await params);
  if (!parsed.success) return jsonError(404, "There is no live session with this id.");
  const user = await userFromRequest(req);
  if (!user) return jsonError(401, "Join the session (or sign in as its teacher) to follow it.");
  const access = await liveViewer(db(), parsed.data.id, user);
  if (!access.ok) return jsonError(404, "There is no live session with this id that you have joined.");
  return new Response(liveEventStream(liveHub(), access.row.id, access.viewer, req.signal), {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      // Proxies such as nginx would otherwise hold the messages back in a buffer.
      "X-Accel-Buffering": "no",
    },
  });
}
