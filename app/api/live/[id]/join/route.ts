import { createSession } from "@/lib/accounts/sessions";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { route } from "@/lib/http/handler";
import { refusal, reply } from "@/lib/http/respond";
import { userFromRequest } from "@/lib/http/session";
import { liveHub } from "@/lib/live/hub";
import { codeParams, joinLiveBody } from "@/lib/live/schemas";
import { joinLiveSession } from "@/lib/live/sessions";
import { checkBlocks, LIMITS, limitKeys, recordHit } from "@/lib/rate-limit";
import { routes } from "@/lib/routes";

/** A device joins the live session whose code is in the path (the code the projector shows). */
export const POST = route({
  params: codeParams,
  body: joinLiveBody,
  back: (params) => routes.liveSession(params.id),
  async run({ req, params, body }) {
    // Wrong codes share the per-address budget of class codes; new guests share the guest budget.
    const address = clientAddress(req);
    const user = await userFromRequest(req);
    const block = await checkBlocks(
      db(),
      user ? [limitKeys.codeAddress(address)] : [limitKeys.codeAddress(address), limitKeys.guestAddress(address)],
    );
    if (block.blocked)
      return reply.fail("live-join-slow-down", { retryAfterSeconds: block.retryAfterSeconds, back: routes.live() });
    const result = await joinLiveSession(db(), params.id, user, body.displayName);
    if (!result.ok) {
      if (result.reason === "live-session-not-found") {
        await recordHit(db(), limitKeys.codeAddress(address), LIMITS.codeAddress);
        return refusal(result, { back: routes.live() });
      }
      return refusal(result);
    }
    if (result.created) await liveHub().bus.publish(result.sessionId);
    if (!result.newUser)
      return reply.done(
        { id: result.sessionId, participantId: result.participantId },
        routes.liveSession(params.id),
        201,
      );
    await recordHit(db(), limitKeys.guestAddress(address), LIMITS.guestAddress);
    const session = await createSession(db(), result.userId);
    return reply.done(
      { id: result.sessionId, participantId: result.participantId },
      routes.liveSession(params.id),
      201,
      { session },
    );
  },
});
