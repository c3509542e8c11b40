import { createSession } from "@/lib/accounts/sessions";
import { signUpSchema, signUpTeacher } from "@/lib/accounts/teachers";
import { db } from "@/lib/db";
import { route } from "@/lib/http/handler";
import { refusal, reply } from "@/lib/http/respond";
import { endRequestSession } from "@/lib/http/session";
import { routes } from "@/lib/routes";

export const POST = route({
  body: signUpSchema,
  back: routes.signUp(),
  async run({ req, body }) {
    const result = await signUpTeacher(db(), body);
    if (!result.ok) return refusal(result);
    await endRequestSession(req);
    return reply.done({ ok: true }, routes.teacher(), 201, { session: await createSession(db(), result.userId) });
  },
});
