import { db } from "@/lib/db";
import { withdrawAssignment } from "@/lib/assignments/assignments";
import { assignmentParamsSchema } from "@/lib/assignments/schemas";
import { emptyBodySchema } from "@/lib/classrooms/schemas";
import { classRoute } from "@/lib/http/handler";
import { refusal, reply } from "@/lib/http/respond";
import { routes } from "@/lib/routes";

/** Takes the assignment back: students no longer see it, and their attempts stay theirs. */
export const POST = classRoute({
  params: assignmentParamsSchema,
  body: emptyBodySchema,
  async run({ teacher, classroom, params }) {
    const withdrawn = await withdrawAssignment(db(), teacher.id, classroom.id, params.assignmentId);
    return withdrawn.ok ? reply.done({ ok: true }, routes.teacherClass(classroom.id)) : refusal(withdrawn);
  },
});
