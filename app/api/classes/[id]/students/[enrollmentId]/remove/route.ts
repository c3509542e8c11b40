import { db } from "@/lib/db";
import { removeStudent } from "@/lib/classes/classes";
import { classAction, emptyBodySchema } from "@/lib/teacher/class-action";

export function POST(req: Request, { params }: { params: Promise<{ id: string; enrollmentId: string }> }) {
  return classAction(
    req,
    params,
    emptyBodySchema,
    ({ teacherId, classId, enrollmentId }) => removeStudent(db(), teacherId, classId, enrollmentId!),
    { student: true },
  );
}
