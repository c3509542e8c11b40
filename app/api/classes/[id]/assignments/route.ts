import { db } from "@/lib/db";
import { createAssignment, listClassAssignments } from "@/lib/assignments/assignments";
import { classAssignmentProgress, withCounts } from "@/lib/assignments/progress";
import { createAssignmentSchema } from "@/lib/assignments/schemas";
import { assignmentAction, assignmentJson, assignmentPage, classPage, gateTeacher, noStore, NextResponse, refusal, seeOtherTo } from "./edge";

/** The class's open assignments with how many students are in each state. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gateTeacher(req, params, false);
  if (!gate.ok) return gate.response;
  const [assignments, progress] = await Promise.all([listClassAssignments(db(), gate.classId), classAssignmentProgress(db(), gate.classId)]);
  return NextResponse.json(
    { assignments: withCounts(assignments, progress).map((a) => ({ ...assignmentJson(a), counts: a.counts })) },
    { headers: noStore },
  );
}

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const action = await assignmentAction(req, params, createAssignmentSchema, false, (classId) => `${classPage(classId)}#new-assignment`);
  if (!action.ok) return action.response;
  const created = await createAssignment(db(), action.teacherId, action.classId, action.data);
  if (!created.ok) return refusal(action.kind, created.reason, action.back);
  return action.kind === "json"
    ? NextResponse.json(assignmentJson(created.assignment), { status: 201, headers: noStore })
    : seeOtherTo(assignmentPage(action.classId, created.assignment.id));
}
