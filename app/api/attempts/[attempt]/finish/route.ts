import { NextResponse } from "next/server";
import { attemptParams, type AttemptParams } from "@/app/api/attempts/params";
import { userFromRequest } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { checkOrigin, jsonError, parseParams } from "@/lib/http";
import { finishAttempt } from "@/lib/quiz/attempts";

/** Finishes the attempt: score, per-question review and the events to read again. */
export async function POST(req: Request, { params }: AttemptParams): Promise<NextResponse> {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const parsed = parseParams(await params, attemptParams);
  if (!parsed.ok) return parsed.response;
  const user = await userFromRequest(req);
  const outcome = await finishAttempt(db(), user?.id, parsed.data.attempt);
  if (!outcome.ok) return jsonError(outcome.status, outcome.error, outcome.issues);
  return NextResponse.json(outcome.state, { headers: { "Cache-Control": "no-store" } });
}
