import { NextResponse } from "next/server";
import { z } from "zod";
import { slug } from "@/lib/content/schema";
import { learnerForRequest, setSessionCookie, userFromRequest } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { checkOrigin, jsonError, parseJsonBody } from "@/lib/http";
import { startAttempt } from "@/lib/quiz/attempts";
import { unitContent } from "@/lib/quiz/question-bank";
import { quizModes } from "@/lib/quiz/types";

const startBody = z.strictObject({ unit: slug, mode: z.enum(quizModes) });

/** Starts a quiz attempt, or resumes the learner's unfinished one of the same unit and mode. */
export async function POST(req: Request): Promise<NextResponse> {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const body = await parseJsonBody(req, startBody);
  if (!body.ok) return body.response;
  const { unit, mode } = body.data;
  // Checked before a guest learner is created, so a bad request leaves nothing behind.
  if (!unitContent(unit)) return jsonError(404, `There is no unit "${unit}".`);
  if (mode === "review" && !(await userFromRequest(req))) {
    return jsonError(409, "No questions of this unit are due for review yet.");
  }

  const learner = await learnerForRequest(req);
  const outcome = await startAttempt(db(), learner.user.id, unit, mode);
  const res = outcome.ok
    ? NextResponse.json(outcome.state, { status: outcome.created ? 201 : 200, headers: { "Cache-Control": "no-store" } })
    : jsonError(outcome.status, outcome.error, outcome.issues);
  if (learner.session) setSessionCookie(res, req, learner.session);
  return res;
}
