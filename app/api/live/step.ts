import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { checkOrigin, jsonError } from "@/lib/http";
import { liveHub } from "@/lib/live/hub";
import { stepLiveSession } from "@/lib/live/sessions";
import type { Step } from "@/lib/live/state";
import { userFromRequest } from "@/lib/auth/session";
import { liveFailure, sessionParams, type LiveParams } from "@/app/api/live/respond";

/**
 * Next, reveal and end: the session's own teacher only (anonymous 401, a student 403, another
 * teacher 404). They take no body; the projector's buttons post nothing else.
 */
export async function stepRoute(req: Request, { params }: LiveParams, step: Step): Promise<NextResponse> {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const parsed = sessionParams.safeParse(await params);
  if (!parsed.success) return jsonError(404, "There is no live session with this id among your sessions.");
  // Unlike the class pages, a guest learner is someone here: a seated device, refused with 403.
  const user = await userFromRequest(req);
  if (!user) return jsonError(401, "Sign in as the session's teacher to continue.");
  if (user.role !== "teacher") return jsonError(403, "Only the session's teacher can move it on.");
  const outcome = await stepLiveSession(db(), user.id, parsed.data.id, step);
  if (!outcome.ok) return liveFailure(outcome.reason);
  await liveHub().bus.publish(parsed.data.id);
  return NextResponse.json(
    { status: outcome.state.status, index: outcome.state.questionIndex, total: outcome.state.questionCount },
    { headers: { "Cache-Control": "no-store" } },
  );
}
