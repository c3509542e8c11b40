import { NextResponse } from "next/server";
import { attemptParams, type AttemptParams } from "@/app/api/attempts/params";
import { userFromRequest } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { jsonError, parseParams } from "@/lib/http";
import { attemptState, findOwnAttempt, notYours } from "@/lib/quiz/attempts";

/** The attempt's state, to resume it: public questions, and feedback for those answered. */
export async function GET(req: Request, { params }: AttemptParams): Promise<NextResponse> {
  const parsed = parseParams(await params, attemptParams);
  if (!parsed.ok) return parsed.response;
  const user = await userFromRequest(req);
  const row = await findOwnAttempt(db(), user?.id, parsed.data.attempt);
  const state = row ? await attemptState(db(), row) : null;
  if (!state) {
    const failure = notYours(parsed.data.attempt);
    return jsonError(failure.status, failure.error);
  }
  return NextResponse.json(state, { headers: { "Cache-Control": "no-store" } });
}
