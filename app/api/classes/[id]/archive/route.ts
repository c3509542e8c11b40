import { db } from "@/lib/db";
import { setArchived } from "@/lib/classes/classes";
import { archiveSchema } from "@/lib/classes/schemas";
import { classAction } from "@/lib/teacher/class-action";

export function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return classAction(
    req,
    params,
    archiveSchema,
    ({ teacherId, classId, data }) => setArchived(db(), teacherId, classId, data.archived),
    { back: () => "/teacher" },
  );
}
