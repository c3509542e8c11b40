import { z } from "zod";
import { attemptParams } from "@/app/api/attempts/params";
import { slug } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { route } from "@/lib/http/handler";
import { requestLocale } from "@/lib/http/locale";
import { refusal, reply } from "@/lib/http/respond";
import { userFromRequest } from "@/lib/http/session";
import { retryMissed } from "@/lib/quiz/retry";
import { routes } from "@/lib/routes";

/** A new attempt of the finished attempt's missed questions: 201 with its state, or a form goes to it. */
export const POST = route({
  params: attemptParams,
  body: { json: z.object({}).loose().optional(), form: z.object({ unit: slug }).loose() },
  back: (params, raw) => {
    const unit = slug.safeParse(raw.unit);
    return unit.success ? routes.attempt(unit.data, params.attempt) : null;
  },
  async run({ req, params }) {
    const outcome = await retryMissed(db(), (await userFromRequest(req))?.id, params.attempt, requestLocale(req));
    if (!outcome.ok) return refusal(outcome);
    return reply.done(outcome.state, routes.attempt(outcome.state.attempt.unit, outcome.state.attempt.id), 201);
  },
});
