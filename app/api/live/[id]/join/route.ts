import type { NextResponse } from "next/server";
import { bodyKind, parseBody, seeOther, withQuery } from "@/lib/auth/form";
import { createSession, setSessionCookie, userFromRequest } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { checkOrigin } from "@/lib/http";
import { liveHub } from "@/lib/live/hub";
import { joinLiveBody, liveCode, livePath, type LiveFormErrorKey } from "@/lib/live/schemas";
import { joinLiveSession } from "@/lib/live/sessions";
import { checkBlock, clientAddress, recordHit, SIGN_IN_LIMITS } from "@/lib/rate-limit";
import { created, liveFailure, type LiveParams } from "@/app/api/live/respond";

const JOIN_PAGE = "/live";

/** A device joins the live session whose code is in the path (the same code the projector shows). */
export async function POST(req: Request, { params }: LiveParams): Promise<NextResponse> {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const kind = bodyKind(req);
  const fail = (reason: LiveFormErrorKey, back = JOIN_PAGE, headers?: Record<string, string>) => {
    const res = kind === "json" ? liveFailure(reason) : seeOther(withQuery(back, { error: reason }));
    for (const [k, v] of Object.entries(headers ?? {})) res.headers.set(k, v);
    return res;
  };
  const code = liveCode.safeParse((await params).id);
  if (!code.success) return fail("unknown-session");
  const parsed = await parseBody(req, joinLiveBody);
  if (!parsed.ok) return parsed.kind === "json" ? parsed.response : fail("displayName", livePath(code.data));
  // Session codes are short, so guessing them is slowed per address like class codes.
  const limitKey = `live-join:address:${clientAddress(req)}`;
  const block = await checkBlock(db(), limitKey);
  if (block.blocked) return fail("slow-down", JOIN_PAGE, { "Retry-After": String(block.retryAfterSeconds) });
  const result = await joinLiveSession(db(), code.data, await userFromRequest(req), parsed.data.displayName);
  if (!result.ok) {
    if (result.reason === "unknown-session") await recordHit(db(), limitKey, SIGN_IN_LIMITS.address);
    return fail(result.reason, result.reason === "name-required" ? livePath(code.data) : JOIN_PAGE);
  }
  if (result.created) await liveHub().bus.publish(result.sessionId);
  const res = kind === "json" ? created({ id: result.sessionId, participantId: result.participantId }) : seeOther(livePath(code.data));
  if (result.newUser) setSessionCookie(res, req, await createSession(db(), result.userId));
  return res;
}
