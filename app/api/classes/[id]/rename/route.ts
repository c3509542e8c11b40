import { db } from "@/lib/db";
import { renameClass } from "@/lib/classes/classes";
import { renameClassSchema } from "@/lib/classes/schemas";
import { classAction } from "@/lib/teacher/class-action";

export function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return classAction(req, params, renameClassSchema, ({ teacherId, classId, data }) =>
    renameClass(db(), teacherId, classId, data.name),
  );
}
