import { z } from "zod";
import { db } from "@/lib/db";
import { withdrawAssignment } from "@/lib/assignments/assignments";
import { assignmentAction, assignmentPage, classPage, noStore, NextResponse, refusal, seeOtherTo } from "../../edge";

const withdrawSchema = z.object({}).loose();

/** Takes the assignment back: students no longer see it, and their attempts stay theirs. */
export async function POST(req: Request, { params }: { params: Promise<{ id: string; assignmentId: string }> }) {
  const action = await assignmentAction(req, params, withdrawSchema, true, (classId, assignmentId) => assignmentPage(classId, assignmentId));
  if (!action.ok) return action.response;
  const withdrawn = await withdrawAssignment(db(), action.teacherId, action.classId, action.assignmentId!);
  if (!withdrawn.ok) return refusal(action.kind, withdrawn.reason, classPage(action.classId));
  return action.kind === "json" ? NextResponse.json({ ok: true }, { headers: noStore }) : seeOtherTo(classPage(action.classId));
}
