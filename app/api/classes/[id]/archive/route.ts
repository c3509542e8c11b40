import { setArchived } from "@/lib/classrooms/classrooms";
import { archiveSchema } from "@/lib/classrooms/schemas";
import { db } from "@/lib/db";
import { classRoute } from "@/lib/http/handler";
import { refusal, reply } from "@/lib/http/respond";
import { routes } from "@/lib/routes";

export const POST = classRoute({
  body: archiveSchema,
  back: routes.teacher(),
  async run({ teacher, classroom, body }) {
    const result = await setArchived(db(), teacher.id, classroom.id, body.archived);
    return result.ok ? reply.done({ ok: true }, routes.teacher()) : refusal(result);
  },
});
