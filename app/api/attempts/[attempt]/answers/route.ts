import { z } from "zod";
import { attemptParams } from "@/app/api/attempts/params";
import { slug } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { route } from "@/lib/http/handler";
import { requestLocale } from "@/lib/http/locale";
import { answerFromForm } from "@/lib/http/quiz-forms";
import { refusal, reply, withQuery } from "@/lib/http/respond";
import { sessionHashOfRequest } from "@/lib/http/session";
import { answerFound, findAttemptQuestion, recordAnswer } from "@/lib/quiz/record-answer";
import { routes } from "@/lib/routes";

const questionId = z.string().min(1).max(100);
// The answer's shape depends on the question, so it is checked once the question is known. A form
// carries the answer in fields named after the question type (answer, position-1…).
type AnswerBody = { questionId: string; answer?: unknown; unit?: string };
const body: { json: z.ZodType<AnswerBody>; form: z.ZodType<AnswerBody> } = {
  json: z.strictObject({
    questionId,
    answer: z.unknown().refine((value) => value !== undefined && value !== null, "an answer is required"),
  }),
  form: z.object({ questionId, unit: slug }).loose(),
};

/** Records and scores one answer; the reply carries the key, explanation and links to the events. */
export const POST = route({
  params: attemptParams,
  body,
  // Only a forged or broken post lacks the hidden unit field: there is no page to send it back to.
  back: (params, raw) => {
    const unit = slug.safeParse(raw.unit);
    return unit.success ? routes.attempt(unit.data, params.attempt) : null;
  },
  async run({ req, kind, params, body }) {
    // The session is read and judged in the answer's own query.
    const sessionHash = sessionHashOfRequest(req);
    const learner = sessionHash ? { sessionHash } : undefined;
    if (kind === "json") {
      const outcome = await recordAnswer(
        db(),
        learner,
        params.attempt,
        body.questionId,
        body.answer,
        new Date(),
        requestLocale(req),
      );
      if (!outcome.ok) return refusal(outcome, { issues: outcome.issues });
      return reply.json(outcome.result, outcome.replay ? 200 : 201);
    }
    // The question is read first, to turn the form's fields into an answer, and only once: the
    // answer is then recorded against what was read. Someone else's attempt goes to its page,
    // which is "not found" for this learner.
    const now = new Date();
    const found = await findAttemptQuestion(db(), learner, params.attempt, body.questionId, now);
    const formPage = routes.attempt(body.unit ?? "", params.attempt);
    if (!found.ok && found.reason === "attempt-not-found") return reply.redirect(formPage);
    const page = found.ok ? routes.attempt(found.row.unitId, params.attempt) : formPage;
    if (!found.ok) return refusal(found, { back: page });
    const answer = answerFromForm(found.question, body);
    if (!answer.ok) return refusal(answer, { back: page });
    const outcome = await answerFound(db(), found, answer.value, now);
    if (!outcome.ok) return refusal(outcome, { back: page });
    return reply.redirect(withQuery(page, { answered: body.questionId }));
  },
});
