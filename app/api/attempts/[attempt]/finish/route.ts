import { z } from "zod";
import { attemptParams } from "@/app/api/attempts/params";
import { slug } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { route } from "@/lib/http/handler";
import { requestLocale } from "@/lib/http/locale";
import { refusal, reply } from "@/lib/http/respond";
import { userFromRequest } from "@/lib/http/session";
import { finishAttempt } from "@/lib/quiz/attempts";
import { routes } from "@/lib/routes";

/**
 * Finishes the attempt: score, per-question review and the events to read again. A form goes to
 * the attempt page, which shows the result (an attempt already finished shows it there too, and
 * someone else's attempt is "not found" on that page).
 */
export const POST = route({
  params: attemptParams,
  body: { json: z.object({ unit: slug.optional() }).loose().optional(), form: z.object({ unit: slug }).loose() },
  back: (params, raw) => {
    const unit = slug.safeParse(raw.unit);
    return unit.success ? routes.attempt(unit.data, params.attempt) : null;
  },
  async run({ req, kind, params, body }) {
    const outcome = await finishAttempt(
      db(),
      (await userFromRequest(req))?.id,
      params.attempt,
      new Date(),
      requestLocale(req),
    );
    if (kind === "json") return outcome.ok ? reply.json(outcome.state) : refusal(outcome);
    return reply.redirect(routes.attempt(outcome.ok ? outcome.state.attempt.unit : (body?.unit ?? ""), params.attempt));
  },
});
