import { NextResponse } from "next/server";
import { z } from "zod";
import { checkOrigin, jsonError, parseParams } from "@/lib/http";
import { bodyKind, invalidBody, parseBody, seeOther } from "@/lib/auth/form";
import { studentParamsSchema, classParamsSchema } from "@/lib/classes/schemas";
import { requireTeacherClass } from "@/lib/teacher/access";

// The shape every state-changing class handler shares: same-site check, valid ids, the class is
// this teacher's, a valid body; then one change, answered as JSON or by going back to the page.

type Ids = { id: string; enrollmentId?: string };

export async function classAction<S extends z.ZodType>(
  req: Request,
  params: Promise<unknown>,
  schema: S,
  change: (ctx: { teacherId: string; classId: string; enrollmentId?: string; data: z.infer<S> }) => Promise<boolean | Record<string, unknown>>,
  options: { student?: boolean; back?: (ids: Ids) => string } = {},
): Promise<NextResponse> {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const ids = parseParams(await params, options.student ? studentParamsSchema : classParamsSchema);
  if (!ids.ok) return ids.response;
  const { id, enrollmentId } = ids.data as Ids;
  const gate = await requireTeacherClass(req, id, bodyKind(req));
  if (!gate.ok) return gate.response;
  const back = options.back?.({ id, enrollmentId }) ?? `/teacher/classes/${id}`;
  const parsed = await parseBody(req, schema);
  if (!parsed.ok) return invalidBody(parsed, back);
  const result = await change({ teacherId: gate.teacher.id, classId: id, enrollmentId, data: parsed.data });
  if (result === false) {
    return parsed.kind === "json" ? jsonError(404, "There is no such student in this class.") : seeOther(back);
  }
  return parsed.kind === "json" ? NextResponse.json(result === true ? { ok: true } : result) : seeOther(back);
}

/** Bodies of actions that need no fields (an empty form posts nothing; JSON may send {}). */
export const emptyBodySchema = z.object({}).loose();
