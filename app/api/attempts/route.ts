import { NextResponse } from "next/server";
import { z } from "zod";
import { slug } from "@/lib/content/schema";
import { bodyKind, readForm, seeOther, withQuery } from "@/lib/auth/form";
import { UNREADABLE_QUIZ_FORM } from "@/lib/quiz/forms";
import { learnerForRequest, setSessionCookie, userFromRequest } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { checkOrigin, jsonError, parseJsonBody, type Issue } from "@/lib/http";
import { startAttempt } from "@/lib/quiz/attempts";
import { attemptPath, quizPath, type QuizFormErrorKey } from "@/lib/quiz/forms";
import { unitContent } from "@/lib/quiz/question-bank";
import { quizModes } from "@/lib/quiz/types";

const startBody = z.strictObject({ unit: slug, mode: z.enum(quizModes) });
type StartBody = z.infer<typeof startBody>;

/** The start form's fields, checked with the JSON body's schema; a bad form goes back to its quiz page. */
async function parseStartForm(req: Request): Promise<{ ok: true; data: StartBody } | { ok: false; response: NextResponse }> {
  const read = await readForm(req);
  const raw = read.ok ? Object.fromEntries(read.form.entries()) : {};
  const parsed = startBody.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const unit = slug.safeParse(raw.unit);
  return {
    ok: false,
    response: unit.success ? seeOther(withQuery(quizPath(unit.data), { error: "start-invalid" })) : jsonError(400, UNREADABLE_QUIZ_FORM),
  };
}

/** Starts a quiz attempt, or resumes the learner's unfinished one of the same unit and mode. */
export async function POST(req: Request): Promise<NextResponse> {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const kind = bodyKind(req);
  const body = kind === "form" ? await parseStartForm(req) : await parseJsonBody(req, startBody);
  if (!body.ok) return body.response;
  const { unit, mode } = body.data;
  const fail = (status: number, error: string, key: QuizFormErrorKey, issues?: Issue[]) =>
    kind === "json" ? jsonError(status, error, issues) : seeOther(withQuery(quizPath(unit), { error: key }));
  // Checked before a guest learner is created, so a bad request leaves nothing behind. An unknown
  // unit's quiz page is a "not found" page, which is the right answer for a form too.
  if (!unitContent(unit)) return kind === "json" ? jsonError(404, `There is no unit "${unit}".`) : seeOther(quizPath(unit));
  if (mode === "review" && !(await userFromRequest(req))) {
    return fail(409, "No questions of this unit are due for review yet.", "nothing-due");
  }

  const learner = await learnerForRequest(req);
  const outcome = await startAttempt(db(), learner.user.id, unit, mode);
  let res: NextResponse;
  if (!outcome.ok) res = fail(outcome.status, outcome.error, mode === "review" ? "nothing-due" : "no-questions", outcome.issues);
  else if (kind === "form") res = seeOther(attemptPath(unit, outcome.state.attempt.id));
  else res = NextResponse.json(outcome.state, { status: outcome.created ? 201 : 200, headers: { "Cache-Control": "no-store" } });
  if (learner.session) setSessionCookie(res, req, learner.session);
  return res;
}
