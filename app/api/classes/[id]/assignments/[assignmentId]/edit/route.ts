import { db } from "@/lib/db";
import { editAssignment } from "@/lib/assignments/assignments";
import { assignmentJson, assignmentParamsSchema, editAssignmentSchema } from "@/lib/assignments/schemas";
import { classRoute } from "@/lib/http/handler";
import { refusal, reply } from "@/lib/http/respond";
import { routes } from "@/lib/routes";
import { assignmentRefusal } from "../../refusal";

/** New due (and opening) time for an assignment. */
export const POST = classRoute({
  params: assignmentParamsSchema,
  body: editAssignmentSchema,
  back: (p) => routes.assignment(p.id, p.assignmentId),
  async run({ req, teacher, classroom, params, body }) {
    const edited = await editAssignment(db(), teacher.id, classroom.id, params.assignmentId, body);
    if (!edited.ok) return assignmentRefusal(req, edited) ?? refusal(edited);
    return reply.done(assignmentJson(edited.assignment), routes.assignment(classroom.id, params.assignmentId));
  },
});
