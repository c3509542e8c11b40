import { db } from "@/lib/db";
import { editAssignment } from "@/lib/assignments/assignments";
import { editAssignmentSchema } from "@/lib/assignments/schemas";
import { assignmentAction, assignmentJson, assignmentPage, noStore, NextResponse, refusal, seeOtherTo } from "../../edge";

/** New due (and opening) time for an assignment. */
export async function POST(req: Request, { params }: { params: Promise<{ id: string; assignmentId: string }> }) {
  const action = await assignmentAction(req, params, editAssignmentSchema, true, (classId, assignmentId) => `${assignmentPage(classId, assignmentId)}#edit`);
  if (!action.ok) return action.response;
  const edited = await editAssignment(db(), action.teacherId, action.classId, action.assignmentId!, action.data);
  if (!edited.ok) return refusal(action.kind, edited.reason, action.back);
  return action.kind === "json"
    ? NextResponse.json(assignmentJson(edited.assignment), { headers: noStore })
    : seeOtherTo(assignmentPage(action.classId, action.assignmentId));
}
