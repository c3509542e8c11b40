import { renameStudent } from "@/lib/classrooms/classrooms";
import { renameStudentSchema, studentParamsSchema } from "@/lib/classrooms/schemas";
import { db } from "@/lib/db";
import { classRoute } from "@/lib/http/handler";
import { refusal, reply } from "@/lib/http/respond";
import { routes } from "@/lib/routes";

export const POST = classRoute({
  params: studentParamsSchema,
  body: renameStudentSchema,
  async run({ teacher, classroom, params, body }) {
    const result = await renameStudent(db(), teacher.id, classroom.id, params.enrollmentId, body.displayName);
    return result.ok ? reply.done({ ok: true }, routes.teacherClass(classroom.id)) : refusal(result);
  },
});
