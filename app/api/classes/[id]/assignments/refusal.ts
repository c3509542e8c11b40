import type { AssignmentRefusal } from "@/lib/assignments/assignments";
import { requestLocale } from "@/lib/http/locale";
import { reasonText } from "@/lib/http/reasons";
import { reply, type Reply } from "@/lib/http/respond";

// A refused time or unit also names its field in `issues`, as a schema failure does, so a JSON
// caller can point at the field either way.
const FIELD: Partial<Record<AssignmentRefusal, string>> = {
  "unknown-unit": "unit",
  "due-in-past": "dueAt",
  "opens-after-due": "opensAt",
};

export function assignmentRefusal(req: Request, result: { reason: AssignmentRefusal }): Reply | null {
  const field = FIELD[result.reason];
  return field
    ? reply.fail(result.reason, { issues: [{ path: field, message: reasonText(result.reason, requestLocale(req)) }] })
    : null;
}
