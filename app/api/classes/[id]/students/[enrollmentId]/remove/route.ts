import { removeStudent } from "@/lib/classrooms/classrooms";
import { emptyBodySchema, studentParamsSchema } from "@/lib/classrooms/schemas";
import { db } from "@/lib/db";
import { classRoute } from "@/lib/http/handler";
import { refusal, reply } from "@/lib/http/respond";
import { routes } from "@/lib/routes";

export const POST = classRoute({
  params: studentParamsSchema,
  body: emptyBodySchema,
  async run({ teacher, classroom, params }) {
    const result = await removeStudent(db(), teacher.id, classroom.id, params.enrollmentId);
    return result.ok ? reply.done({ ok: true }, routes.teacherClass(classroom.id)) : refusal(result);
  },
});
