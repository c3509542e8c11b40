import { db } from "@/lib/db";
import { route } from "@/lib/http/handler";
import { answerFromForm } from "@/lib/http/quiz-forms";
import { refusal, reply } from "@/lib/http/respond";
import { userFromRequest } from "@/lib/http/session";
import { liveHub } from "@/lib/live/hub";
import { liveAnswerBody, liveCode, sessionParams } from "@/lib/live/schemas";
import { findLiveSession, sessionPlan, submitLiveAnswer } from "@/lib/live/sessions";
import { questionsOf, versionContent } from "@/lib/quiz/question-bank";
import { routes } from "@/lib/routes";

/**
 * One device's answer to the question on the projector: 201 once, 409 for a second or late answer.
 * A device without JavaScript posts the same answer as a form and is sent back to the session page,
 * which shows "answer received" or the refusal.
 */
export const POST = route({
  params: sessionParams,
  body: liveAnswerBody,
  // Only a forged or broken post lacks the hidden code field: there is no page to send it back to.
  back: (_params, raw) => {
    const code = liveCode.safeParse(raw.code);
    return code.success ? routes.liveSession(code.data) : null;
  },
  async run({ req, kind, params, body }) {
    const user = await userFromRequest(req);
    if (!user) return reply.fail("live-join-first");
    let answer: unknown = body.answer;
    if (kind === "form") {
      // A form's fields depend on the question, so it is looked up first.
      const session = await findLiveSession(db(), { id: params.id });
      if (!session || session.code !== body.code) return reply.fail("live-session-not-found", { back: routes.live() });
      const inPlan = sessionPlan(session).some((p) => p.question === body.questionId);
      const unit = inPlan ? await versionContent(db(), session.unitVersionId) : undefined;
      const question = unit && questionsOf(unit).get(body.questionId);
      if (!question) return reply.fail("not-current");
      const fromForm = answerFromForm(question, body as Record<string, unknown>);
      if (!fromForm.ok) return refusal(fromForm);
      answer = fromForm.value;
    }
    const outcome = await submitLiveAnswer(db(), user.id, params.id, body.questionId, answer);
    if (!outcome.ok) return refusal(outcome, outcome.reason === "answer-invalid" ? { issues: outcome.issues } : {});
    await liveHub().bus.publish(params.id);
    return reply.done({ questionId: body.questionId, received: true }, routes.liveSession(body.code ?? ""), 201);
  },
});
