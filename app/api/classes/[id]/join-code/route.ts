import { regenerateJoinCode } from "@/lib/classrooms/classrooms";
import { emptyBodySchema } from "@/lib/classrooms/schemas";
import { db } from "@/lib/db";
import { classRoute } from "@/lib/http/handler";
import { refusal, reply } from "@/lib/http/respond";
import { routes } from "@/lib/routes";

export const POST = classRoute({
  body: emptyBodySchema,
  async run({ teacher, classroom }) {
    const result = await regenerateJoinCode(db(), teacher.id, classroom.id);
    return result.ok ? reply.done({ joinCode: result.joinCode }, routes.teacherClass(classroom.id)) : refusal(result);
  },
});
