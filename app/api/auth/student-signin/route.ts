import { createSession } from "@/lib/accounts/sessions";
import { signInStudent, studentSignInSchema } from "@/lib/accounts/student-codes";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { route } from "@/lib/http/handler";
import { refusal, reply } from "@/lib/http/respond";
import { endRequestSession } from "@/lib/http/session";
import { routes } from "@/lib/routes";

export const POST = route({
  body: studentSignInSchema,
  back: routes.studentSignIn(),
  async run({ req, body }) {
    const result = await signInStudent(db(), body.code, clientAddress(req));
    if (!result.ok) return refusal(result);
    await endRequestSession(req);
    return reply.done({ ok: true }, routes.progress(), 200, { session: await createSession(db(), result.userId) });
  },
});
