import { NextResponse } from "next/server";
import { attemptParams, type AttemptParams } from "@/app/api/attempts/params";
import { bodyKind, readForm, seeOther } from "@/lib/auth/form";
import { UNREADABLE_QUIZ_FORM } from "@/lib/quiz/forms";
import { userFromRequest } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { checkOrigin, jsonError, parseParams } from "@/lib/http";
import { finishAttempt } from "@/lib/quiz/attempts";
import { attemptPath, finishFormFields } from "@/lib/quiz/forms";

/**
 * From an HTML form: 303 to the attempt page, which shows the result. An attempt already finished
 * shows its result there too, and someone else's attempt is "not found" on that page.
 */
async function finishFromFormPost(req: Request, attemptId: string): Promise<NextResponse> {
  const read = await readForm(req);
  const fields = finishFormFields.safeParse(read.ok ? { unit: read.form.get("unit") } : {});
  if (!fields.success) return jsonError(400, UNREADABLE_QUIZ_FORM);
  const outcome = await finishAttempt(db(), (await userFromRequest(req))?.id, attemptId);
  return seeOther(attemptPath(outcome.ok ? outcome.state.attempt.unit : fields.data.unit, attemptId));
}

/** Finishes the attempt: score, per-question review and the events to read again. */
export async function POST(req: Request, { params }: AttemptParams): Promise<NextResponse> {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const parsed = parseParams(await params, attemptParams);
  if (!parsed.ok) return parsed.response;
  if (bodyKind(req) === "form") return finishFromFormPost(req, parsed.data.attempt);
  const user = await userFromRequest(req);
  const outcome = await finishAttempt(db(), user?.id, parsed.data.attempt);
  if (!outcome.ok) return jsonError(outcome.status, outcome.error, outcome.issues);
  return NextResponse.json(outcome.state, { headers: { "Cache-Control": "no-store" } });
}
