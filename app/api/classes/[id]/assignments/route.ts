import { db } from "@/lib/db";
import { createAssignment, listClassAssignments } from "@/lib/assignments/assignments";
import { classAssignmentProgress, withCounts } from "@/lib/assignments/progress";
import { assignmentJson, createAssignmentSchema } from "@/lib/assignments/schemas";
import { classRoute } from "@/lib/http/handler";
import { refusal, reply } from "@/lib/http/respond";
import { routes } from "@/lib/routes";
import { assignmentRefusal } from "./refusal";

const NO_STORE = { headers: { "Cache-Control": "private, no-store" } };

/** The class's open assignments with how many students are in each state. */
export const GET = classRoute({
  async run({ classroom }) {
    const [assignments, progress] = await Promise.all([
      listClassAssignments(db(), classroom.id),
      classAssignmentProgress(db(), classroom.id),
    ]);
    const list = withCounts(assignments, progress).map((a) => ({ ...assignmentJson(a), counts: a.counts }));
    return reply.json({ assignments: list }, 200, NO_STORE);
  },
});

export const POST = classRoute({
  body: createAssignmentSchema,
  async run({ req, teacher, classroom, body }) {
    const created = await createAssignment(db(), teacher.id, classroom.id, body);
    if (!created.ok) return assignmentRefusal(req, created) ?? refusal(created);
    return reply.done(
      assignmentJson(created.assignment),
      routes.assignment(classroom.id, created.assignment.id),
      201,
      NO_STORE,
    );
  },
});
