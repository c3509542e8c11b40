import { NextResponse } from "next/server";
import { z } from "zod";
import { attemptParams, type AttemptParams } from "@/app/api/attempts/params";
import { bodyKind, readForm, seeOther, withQuery } from "@/lib/auth/form";
import { UNREADABLE_QUIZ_FORM } from "@/lib/quiz/forms";
import { userFromRequest } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { checkOrigin, jsonError, parseJsonBody, parseParams } from "@/lib/http";
import type { Failure } from "@/lib/quiz/attempts";
import { answerFormFields, answerFromForm, attemptPath, type QuizFormErrorKey } from "@/lib/quiz/forms";
import { findAttemptQuestion, recordAnswer } from "@/lib/quiz/record-answer";

// The answer's shape depends on the question, so it is checked once the question is known.
const answerBody = z.strictObject({
  questionId: z.string().min(1).max(100),
  answer: z.unknown().refine((value) => value !== undefined && value !== null, "an answer is required"),
});

function formErrorFor(failure: Failure): QuizFormErrorKey {
  if (failure.status === 409) return "answer-final";
  return failure.issues?.[0]?.path === "questionId" ? "not-in-attempt" : "answer-invalid";
}

/**
 * The same answer from an HTML form: 303 to the attempt page showing its feedback, or back to it
 * with an error. Someone else's attempt goes to its page, which is "not found" for this learner.
 */
async function answerFromFormPost(req: Request, attemptId: string): Promise<NextResponse> {
  const read = await readForm(req);
  const fields = answerFormFields.safeParse(read.ok ? { questionId: read.form.get("questionId"), unit: read.form.get("unit") } : {});
  // Only a forged or broken post lacks these hidden fields: there is no page to send it back to.
  if (!read.ok || !fields.success) return jsonError(400, UNREADABLE_QUIZ_FORM);
  const { questionId, unit } = fields.data;
  const user = await userFromRequest(req);
  const found = await findAttemptQuestion(db(), user?.id, attemptId, questionId);
  if (!found.ok && found.status === 404) return seeOther(attemptPath(unit, attemptId));
  const back = attemptPath(found.ok ? found.row.unitId : unit, attemptId);
  if (!found.ok) return seeOther(withQuery(back, { error: formErrorFor(found) }));
  const answer = answerFromForm(found.question, read.form);
  if (!answer.ok) return seeOther(withQuery(back, { error: answer.error }));
  const outcome = await recordAnswer(db(), user?.id, attemptId, questionId, answer.value);
  if (!outcome.ok) return seeOther(withQuery(back, { error: formErrorFor(outcome) }));
  return seeOther(withQuery(back, { answered: questionId }));
}

/** Records and scores one answer; the reply carries the key, explanation and links to the events. */
export async function POST(req: Request, { params }: AttemptParams): Promise<NextResponse> {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const parsed = parseParams(await params, attemptParams);
  if (!parsed.ok) return parsed.response;
  if (bodyKind(req) === "form") return answerFromFormPost(req, parsed.data.attempt);
  const body = await parseJsonBody(req, answerBody);
  if (!body.ok) return body.response;
  const user = await userFromRequest(req);
  const outcome = await recordAnswer(db(), user?.id, parsed.data.attempt, body.data.questionId, body.data.answer);
  if (!outcome.ok) return jsonError(outcome.status, outcome.error, outcome.issues);
  return NextResponse.json(outcome.result, { status: outcome.replay ? 200 : 201, headers: { "Cache-Control": "no-store" } });
}
