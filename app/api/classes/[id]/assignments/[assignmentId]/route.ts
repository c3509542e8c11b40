import { db } from "@/lib/db";
import { findAssignment } from "@/lib/assignments/assignments";
import { classAssignmentProgress, countStatuses } from "@/lib/assignments/progress";
import { assignmentJson, gateTeacher, noStore, NextResponse, refusal } from "../edge";

/** One assignment with each student's state: who has not started, who is working, who handed in. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string; assignmentId: string }> }) {
  const gate = await gateTeacher(req, params, true);
  if (!gate.ok) return gate.response;
  const assignment = await findAssignment(db(), gate.teacherId, gate.classId, gate.assignmentId!);
  if (!assignment) return refusal("json", "assignment-not-found", "");
  const students = (await classAssignmentProgress(db(), gate.classId, assignment.id)).get(assignment.id) ?? [];
  return NextResponse.json(
    { ...assignmentJson(assignment), counts: countStatuses(students.map((s) => s.status)), students },
    { headers: noStore },
  );
}
