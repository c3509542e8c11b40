import { db } from "@/lib/db";
import { regenerateJoinCode } from "@/lib/classes/classes";
import { classAction, emptyBodySchema } from "@/lib/teacher/class-action";

export function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return classAction(req, params, emptyBodySchema, async ({ teacherId, classId }) => {
    const joinCode = await regenerateJoinCode(db(), teacherId, classId);
    return joinCode ? { joinCode } : false;
  });
}
