import { NextResponse } from "next/server";
import { z } from "zod";
import { attemptParams, type AttemptParams } from "@/app/api/attempts/params";
import { userFromRequest } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { checkOrigin, jsonError, parseJsonBody, parseParams } from "@/lib/http";
import { recordAnswer } from "@/lib/quiz/record-answer";

// The answer's shape depends on the question, so it is checked once the question is known.
const answerBody = z.strictObject({
  questionId: z.string().min(1).max(100),
  answer: z.unknown().refine((value) => value !== undefined && value !== null, "an answer is required"),
});

/** Records and scores one answer; the reply carries the key, explanation and links to the events. */
export async function POST(req: Request, { params }: AttemptParams): Promise<NextResponse> {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const parsed = parseParams(await params, attemptParams);
  if (!parsed.ok) return parsed.response;
  const body = await parseJsonBody(req, answerBody);
  if (!body.ok) return body.response;
  const user = await userFromRequest(req);
  const outcome = await recordAnswer(db(), user?.id, parsed.data.attempt, body.data.questionId, body.data.answer);
  if (!outcome.ok) return jsonError(outcome.status, outcome.error, outcome.issues);
  return NextResponse.json(outcome.result, { status: outcome.replay ? 200 : 201, headers: { "Cache-Control": "no-store" } });
}
