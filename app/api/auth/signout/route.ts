import { route } from "@/lib/http/handler";
import { expiredNewCodeCookie } from "@/lib/http/new-code-cookie";
import { reply } from "@/lib/http/respond";
import { endRequestSession } from "@/lib/http/session";
import { routes } from "@/lib/routes";

export const POST = route({
  async run({ req }) {
    await endRequestSession(req);
    // A student's new sign-in code must not outlive the sign-in on a shared computer either.
    return reply.done({ ok: true }, routes.home(), 200, { session: "clear", cookies: [expiredNewCodeCookie] });
  },
});
