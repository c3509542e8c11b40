import { db } from "@/lib/db";
import { findAssignment } from "@/lib/assignments/assignments";
import { classAssignmentProgress } from "@/lib/assignments/progress";
import { assignmentJson, assignmentParamsSchema } from "@/lib/assignments/schemas";
import { countStatuses } from "@/lib/assignments/status";
import { classRoute } from "@/lib/http/handler";
import { reply } from "@/lib/http/respond";

/** One assignment with each student's state: who has not started, who is working, who handed in. */
export const GET = classRoute({
  params: assignmentParamsSchema,
  async run({ teacher, classroom, params }) {
    const assignment = await findAssignment(db(), teacher.id, classroom.id, params.assignmentId);
    if (!assignment) return reply.fail("assignment-not-found");
    const students = (await classAssignmentProgress(db(), classroom.id, assignment.id)).get(assignment.id) ?? [];
    return reply.json(
      { ...assignmentJson(assignment), counts: countStatuses(students.map((s) => s.status)), students },
      200,
      {
        headers: { "Cache-Control": "private, no-store" },
      },
    );
  },
});
