import { db } from "@/lib/db";
import { teacherRoute } from "@/lib/http/handler";
import { refusal, reply } from "@/lib/http/respond";
import { createLiveBody } from "@/lib/live/schemas";
import { createLiveSession } from "@/lib/live/sessions";
import { routes } from "@/lib/routes";

/** A teacher starts a live session of a unit, for one of their classes or for anyone with the code. */
export const POST = teacherRoute({
  body: createLiveBody,
  back: routes.teacherLive(),
  async run({ teacher, body }) {
    const result = await createLiveSession(db(), teacher.id, body);
    if (!result.ok) return refusal(result);
    return reply.done({ id: result.id, code: result.code }, routes.projector(result.id), 201);
  },
});
