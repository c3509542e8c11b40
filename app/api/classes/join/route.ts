import { createSession } from "@/lib/accounts/sessions";
import { joinClass } from "@/lib/classrooms/join";
import { joinSchema } from "@/lib/classrooms/schemas";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { route } from "@/lib/http/handler";
import { newCodeCookie } from "@/lib/http/new-code-cookie";
import { refusal, reply, withQuery } from "@/lib/http/respond";
import { endRequestSession, userFromRequest } from "@/lib/http/session";
import { checkBlock, LIMITS, limitKeys, recordHit } from "@/lib/rate-limit";
import { routes } from "@/lib/routes";

const typed = (value: unknown, max: number) => (typeof value === "string" && value.length <= max ? value : undefined);

export const POST = route({
  body: joinSchema,
  // A refused form comes back with what the student typed, so a typo costs one field, not two.
  back: (_params, raw) => withQuery(routes.join(), { code: typed(raw.code, 40), name: typed(raw.displayName, 40) }),
  async run({ req, body }) {
    // Wrong codes are counted per address with a budget a school behind one address does not
    // reach by mistyping; codes are long enough that the budget makes guessing hopeless.
    const limitKey = limitKeys.codeAddress(clientAddress(req));
    const block = await checkBlock(db(), limitKey);
    if (block.blocked) return reply.fail("join-slow-down", { retryAfterSeconds: block.retryAfterSeconds });
    const result = await joinClass(db(), await userFromRequest(req), body.code, body.displayName);
    if (!result.ok) {
      if (result.reason === "wrong-join-code") await recordHit(db(), limitKey, LIMITS.codeAddress);
      return refusal(result);
    }
    // The learner becomes a student: a new session token, so a token seen before (on a shared
    // computer, by a guest) does not carry over to the account.
    await endRequestSession(req);
    const session = await createSession(db(), result.userId);
    const joined = { className: result.className, signInCode: result.signInCode };
    // A form shows the code once on the welcome page; it travels there in a short-lived cookie scoped
    // to that page rather than in the URL, where it would stay in history and logs.
    return reply.done(joined, routes.joinWelcome(), 201, { session, cookies: [newCodeCookie(joined)] });
  },
});
