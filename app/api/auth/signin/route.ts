import { signInSchema, signInTeacher } from "@/lib/accounts/teachers";
import { createSession } from "@/lib/accounts/sessions";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { route } from "@/lib/http/handler";
import { nextPath } from "@/lib/http/next-path";
import { refusal, reply, withQuery } from "@/lib/http/respond";
import { endRequestSession } from "@/lib/http/session";
import { routes } from "@/lib/routes";

export const POST = route({
  body: signInSchema,
  back: routes.signIn(),
  async run({ req, body }) {
    const next = nextPath.parse(body.next);
    const result = await signInTeacher(db(), body, clientAddress(req));
    if (!result.ok) return refusal(result, { back: withQuery(routes.signIn(), { next }) });
    await endRequestSession(req);
    return reply.done({ ok: true, next }, next, 200, { session: await createSession(db(), result.userId) });
  },
});
