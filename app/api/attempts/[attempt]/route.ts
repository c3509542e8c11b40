import { attemptParams } from "@/app/api/attempts/params";
import { db } from "@/lib/db";
import { route } from "@/lib/http/handler";
import { requestLocale } from "@/lib/http/locale";
import { refusal, reply } from "@/lib/http/respond";
import { userFromRequest } from "@/lib/http/session";
import { attemptState, findOwnAttempt, notYours } from "@/lib/quiz/attempts";

/** The attempt's state, to resume it: public questions, and feedback for those answered. */
export const GET = route({
  params: attemptParams,
  async run({ req, params }) {
    const row = await findOwnAttempt(db(), (await userFromRequest(req))?.id, params.attempt);
    const state = row ? await attemptState(db(), row, requestLocale(req)) : null;
    return state ? reply.json(state) : refusal(notYours);
  },
});
