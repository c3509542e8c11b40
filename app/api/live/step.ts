import { db } from "@/lib/db";
import { route } from "@/lib/http/handler";
import { refusal, reply } from "@/lib/http/respond";
import { userFromRequest } from "@/lib/http/session";
import { liveHub } from "@/lib/live/hub";
import { sessionParams } from "@/lib/live/schemas";
import { stepLiveSession } from "@/lib/live/sessions";
import type { Step } from "@/lib/live/state";

/**
 * Next, reveal and end: the session's own teacher only (anonymous 401, anyone else signed in or
 * seated 403, another teacher 404). They take no body; the projector's buttons post nothing else.
 */
export function stepRoute(step: Step) {
  return route({
    params: sessionParams,
    async run({ req, params }) {
      // Unlike the class routes, a guest learner is someone here: a seated device, refused with 403.
      const user = await userFromRequest(req);
      if (!user) return reply.fail("sign-in-required");
      if (user.role !== "teacher") return reply.fail("session-teacher-only");
      const outcome = await stepLiveSession(db(), user.id, params.id, step);
      if (!outcome.ok) return refusal(outcome);
      await liveHub().bus.publish(params.id);
      return reply.json({
        status: outcome.state.status,
        index: outcome.state.questionIndex,
        total: outcome.state.questionCount,
      });
    },
  });
}
