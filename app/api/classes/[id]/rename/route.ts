import { renameClass } from "@/lib/classrooms/classrooms";
import { renameClassSchema } from "@/lib/classrooms/schemas";
import { db } from "@/lib/db";
import { classRoute } from "@/lib/http/handler";
import { refusal, reply } from "@/lib/http/respond";
import { routes } from "@/lib/routes";

export const POST = classRoute({
  body: renameClassSchema,
  async run({ teacher, classroom, body }) {
    const result = await renameClass(db(), teacher.id, classroom.id, body.name);
    return result.ok ? reply.done({ ok: true }, routes.teacherClass(classroom.id)) : refusal(result);
  },
});
