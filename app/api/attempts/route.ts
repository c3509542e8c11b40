import { z } from "zod";
import { slug } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { route } from "@/lib/http/handler";
import { requestLocale } from "@/lib/http/locale";
import { refusal, reply } from "@/lib/http/respond";
import { learnerForRequest, userFromRequest } from "@/lib/http/session";
import { startAttempt } from "@/lib/quiz/attempts";
import { getUnit } from "@/lib/content/store";
import { quizModes } from "@/lib/quiz/types";
import { routes } from "@/lib/routes";

const startBody = z.strictObject({ unit: slug, mode: z.enum(quizModes) });

/** Starts a quiz attempt, or resumes the learner's unfinished one of the same unit and mode. */
export const POST = route({
  body: startBody,
  fieldReasons: { mode: "start-invalid", unit: "start-invalid" },
  // A start form names its unit; without a readable one there is no quiz page to go back to.
  back: (_params, raw) => {
    const unit = slug.safeParse(raw.unit);
    return unit.success ? routes.quiz(unit.data) : null;
  },
  async run({ req, kind, body }) {
    const { unit, mode } = body;
    // An unknown unit's quiz page is a "not found" page, which is the right answer for a form too.
    if (!(await getUnit(db(), unit))) {
      return kind === "json" ? reply.fail("unit-not-found") : reply.redirect(routes.quiz(unit));
    }
    // Checked before a guest learner is created, so a bad request leaves nothing behind.
    if (mode === "review" && !(await userFromRequest(req))) return reply.fail("nothing-due");
    const learner = await learnerForRequest(req);
    if (!learner.ok) return refusal(learner);
    const outcome = await startAttempt(db(), learner.user.id, unit, mode, new Date(), requestLocale(req));
    const session = learner.session;
    if (!outcome.ok) return { ...refusal(outcome), session };
    return reply.done(outcome.state, routes.attempt(unit, outcome.state.attempt.id), outcome.created ? 201 : 200, {
      session,
    });
  },
});
