import { db } from "@/lib/db";
import { renameStudent } from "@/lib/classes/classes";
import { renameStudentSchema } from "@/lib/classes/schemas";
import { classAction } from "@/lib/teacher/class-action";

export function POST(req: Request, { params }: { params: Promise<{ id: string; enrollmentId: string }> }) {
  return classAction(
    req,
    params,
    renameStudentSchema,
    ({ teacherId, classId, enrollmentId, data }) => renameStudent(db(), teacherId, classId, enrollmentId!, data.displayName),
    { student: true },
  );
}
