import { route } from "@/lib/http/handler";
import { reply } from "@/lib/http/respond";
import { endRequestSession } from "@/lib/http/session";
import { routes } from "@/lib/routes";

export const POST = route({
  async run({ req }) {
    await endRequestSession(req);
    return reply.done({ ok: true }, routes.home(), 200, { session: "clear" });
  },
});
