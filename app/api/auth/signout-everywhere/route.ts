import { endAllSessions } from "@/lib/accounts/sessions";
import { db } from "@/lib/db";
import { teacherRoute } from "@/lib/http/handler";
import { reply } from "@/lib/http/respond";
import { routes } from "@/lib/routes";

/** Ends every sign-in of this teacher, on every device (a computer left signed in somewhere). */
export const POST = teacherRoute({
  back: routes.teacher(),
  async run({ teacher }) {
    const ended = await endAllSessions(db(), teacher.id);
    return reply.done({ ok: true, ended }, routes.signIn(), 200, { session: "clear" });
  },
});
