import { createSession } from "@/lib/accounts/sessions";
import { joinClass } from "@/lib/classrooms/join";
import { joinSchema } from "@/lib/classrooms/schemas";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { route } from "@/lib/http/handler";
import { newCodeCookie } from "@/lib/http/new-code-cookie";
import { refusal, reply } from "@/lib/http/respond";
import { userFromRequest } from "@/lib/http/session";
import { checkBlock, recordHit, SIGN_IN_LIMITS } from "@/lib/rate-limit";
import { routes } from "@/lib/routes";

export const POST = route({
  body: joinSchema,
  back: routes.join(),
  async run({ req, body }) {
    // Class codes are short, so guessing them is slowed per address like sign-ins.
    const limitKey = `join:address:${clientAddress(req)}`;
    const block = await checkBlock(db(), limitKey);
    if (block.blocked) return reply.fail("join-slow-down", { retryAfterSeconds: block.retryAfterSeconds });
    const result = await joinClass(db(), await userFromRequest(req), body.code, body.displayName);
    if (!result.ok) {
      if (result.reason === "wrong-join-code") await recordHit(db(), limitKey, SIGN_IN_LIMITS.address);
      return refusal(result);
    }
    const joined = { className: result.className, signInCode: result.signInCode };
    // A form shows the code once on the welcome page; it travels there in a short-lived cookie scoped
    // to that page rather than in the URL, where it would stay in history and logs.
    const session = result.newUser ? await createSession(db(), result.userId) : undefined;
    return reply.done(joined, routes.joinWelcome(), 201, { session, cookies: [newCodeCookie(joined)] });
  },
});
