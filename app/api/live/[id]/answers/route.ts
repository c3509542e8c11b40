import type { NextResponse } from "next/server";
import { bodyKind, readForm, seeOther, withQuery } from "@/lib/auth/form";
import { userFromRequest } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { checkOrigin, jsonError, parseJsonBody } from "@/lib/http";
import { liveHub } from "@/lib/live/hub";
import { liveAnswerBody, liveAnswerFormFields, livePath } from "@/lib/live/schemas";
import { findLiveSession, sessionPlan, submitLiveAnswer } from "@/lib/live/sessions";
import { answerFromForm, UNREADABLE_QUIZ_FORM } from "@/lib/quiz/forms";
import { loadQuestion } from "@/lib/quiz/question-bank";
import { created, liveFailure, sessionParams, type LiveParams } from "@/app/api/live/respond";

/**
 * The same answer from a device without JavaScript: 303 back to the session page, which shows
 * "answer received" or the error. The question is looked up first because an answer form's
 * fields depend on its type.
 */
async function answerFromFormPost(req: Request, sessionId: string): Promise<NextResponse> {
  const read = await readForm(req);
  const fields = liveAnswerFormFields.safeParse(read.ok ? { questionId: read.form.get("questionId"), code: read.form.get("code") } : {});
  // Only a forged or broken post lacks these hidden fields: there is no page to send it back to.
  if (!read.ok || !fields.success) return jsonError(400, UNREADABLE_QUIZ_FORM);
  const back = livePath(fields.data.code);
  const session = await findLiveSession(db(), { id: sessionId });
  if (!session || session.code !== fields.data.code) return seeOther(withQuery("/live", { error: "unknown-session" }));
  const inPlan = sessionPlan(session).some((p) => p.question === fields.data.questionId);
  const question = inPlan ? await loadQuestion(db(), session.unitId, fields.data.questionId) : undefined;
  if (!question) return seeOther(withQuery(back, { error: "not-current" }));
  const answer = answerFromForm(question, read.form);
  if (!answer.ok) return seeOther(withQuery(back, { error: answer.error === "order-duplicate" ? "order-duplicate" : "answer-missing" }));
  const user = await userFromRequest(req);
  const outcome = await submitLiveAnswer(db(), user?.id, session.id, question.id, answer.value);
  if (!outcome.ok) return seeOther(withQuery(back, { error: outcome.reason }));
  await liveHub().bus.publish(session.id);
  return seeOther(back);
}

/** One device's answer to the question on the projector: 201 once, 409 for a second or late answer. */
export async function POST(req: Request, { params }: LiveParams): Promise<NextResponse> {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const parsed = sessionParams.safeParse(await params);
  if (!parsed.success) return jsonError(404, "There is no live session with this id.");
  if (bodyKind(req) === "form") return answerFromFormPost(req, parsed.data.id);
  const body = await parseJsonBody(req, liveAnswerBody);
  if (!body.ok) return body.response;
  const user = await userFromRequest(req);
  if (!user) return jsonError(401, "Join the session before answering.");
  const outcome = await submitLiveAnswer(db(), user.id, parsed.data.id, body.data.questionId, body.data.answer);
  if (!outcome.ok) return liveFailure(outcome.reason, outcome.reason === "invalid-answer" ? outcome.issues : undefined);
  await liveHub().bus.publish(parsed.data.id);
  return created({ questionId: body.data.questionId, received: true });
}
