import { db } from "@/lib/db";
import { studentAssignments } from "@/lib/assignments/progress";
import { route } from "@/lib/http/handler";
import { reply } from "@/lib/http/respond";
import { userFromRequest } from "@/lib/http/session";

/** The signed-in student's assignments, the soonest due first, each with where they stand. */
export const GET = route({
  async run({ req }) {
    const user = await userFromRequest(req);
    if (!user || user.role === "guest") return reply.fail("student-sign-in-required");
    if (user.role !== "student") return reply.fail("students-only");
    const assignments = await studentAssignments(db(), user.id);
    const list = assignments.map((a) => ({
      id: a.id,
      classId: a.classId,
      className: a.className,
      unit: a.unit,
      unitTitle: a.unitTitle,
      mode: a.mode,
      dueAt: a.dueAt.toISOString(),
      timeZone: a.timeZone,
      status: a.status,
    }));
    return reply.json({ assignments: list }, 200, { headers: { "Cache-Control": "private, no-store" } });
  },
});
