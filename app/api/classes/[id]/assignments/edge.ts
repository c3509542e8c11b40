import { NextResponse } from "next/server";
import type { z } from "zod";
import { checkOrigin, jsonError, parseJsonBody, parseParams, type Issue } from "@/lib/http";
import { bodyKind, readForm, seeOther, withQuery, type BodyKind } from "@/lib/auth/form";
import { classParamsSchema, idSchema } from "@/lib/classes/schemas";
import { requireTeacherClass } from "@/lib/teacher/access";
import type { Assignment, AssignmentRefusal } from "@/lib/assignments/assignments";
import { refusalField, refusalFormError, refusalMessages, type AssignmentFormError } from "@/lib/assignments/messages";
import { z as zod } from "zod";

// The request edge shared by the assignment handlers: same-site check, valid ids, the class is this
// teacher's, one schema for a JSON body or an HTML form; domain refusals become a status (JSON) or
// a redirect back to the form with the field to fix (forms, which work without JavaScript).

export const assignmentParamsSchema = zod.object({ id: idSchema, assignmentId: idSchema });

type Gate = { ok: true; kind: BodyKind; teacherId: string; classId: string; assignmentId?: string } | { ok: false; response: NextResponse };

export async function gateTeacher(req: Request, params: Promise<unknown>, withAssignment: boolean, kind: BodyKind = "json"): Promise<Gate> {
  const ids = parseParams(await params, withAssignment ? assignmentParamsSchema : classParamsSchema);
  if (!ids.ok) return ids;
  const { id, assignmentId } = ids.data as { id: string; assignmentId?: string };
  const gate = await requireTeacherClass(req, id, kind);
  if (!gate.ok) return gate;
  return { ok: true, kind, teacherId: gate.teacher.id, classId: gate.classroom.id, assignmentId };
}

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((i) => {
    const path = i.path.join(".") || "(body)";
    return { path, message: i.message.startsWith(`${path}:`) ? i.message : `${path}: ${i.message}` };
  });
}

type Body<T> = { ok: true; data: T } | { ok: false; response: NextResponse };

/** A state-changing assignment request up to its validated body; `back` is the form's page. */
export async function assignmentAction<S extends z.ZodType>(
  req: Request,
  params: Promise<unknown>,
  schema: S,
  withAssignment: boolean,
  back: (classId: string, assignmentId?: string) => string,
): Promise<{ ok: true; kind: BodyKind; teacherId: string; classId: string; assignmentId?: string; data: z.output<S>; back: string } | { ok: false; response: NextResponse }> {
  const refused = checkOrigin(req);
  if (refused) return { ok: false, response: refused };
  const kind = bodyKind(req);
  const gate = await gateTeacher(req, params, withAssignment, kind);
  if (!gate.ok) return gate;
  const to = back(gate.classId, gate.assignmentId);
  const body = await readBody(req, kind, schema, to);
  if (!body.ok) return body;
  return { ...gate, data: body.data, back: to };
}

async function readBody<S extends z.ZodType>(req: Request, kind: BodyKind, schema: S, back: string): Promise<Body<z.output<S>>> {
  let raw: unknown;
  if (kind === "json") {
    const read = await parseJsonBody(req, zod.unknown());
    if (!read.ok) return read;
    raw = read.data;
  } else {
    const read = await readForm(req);
    if (!read.ok) return { ok: false, response: seeOther(backWith(back, "invalid")) };
    raw = Object.fromEntries(read.form.entries());
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = issuesOf(parsed.error);
  if (kind === "json") return { ok: false, response: jsonError(422, issues[0]?.message ?? "The request body is not what this endpoint expects.", issues) };
  const field = String(parsed.error.issues[0]?.path[0] ?? "invalid");
  const known: AssignmentFormError[] = ["unit", "mode", "dueAt", "opensAt", "timeZone"];
  return { ok: false, response: seeOther(backWith(back, known.includes(field as AssignmentFormError) ? field : "invalid")) };
}

const refusalStatus: Record<AssignmentRefusal, 404 | 422> = {
  "class-not-found": 404,
  "assignment-not-found": 404,
  "unknown-unit": 422,
  "due-in-past": 422,
  "opens-after-due": 422,
};

export function refusal(kind: BodyKind, reason: AssignmentRefusal, back: string): NextResponse {
  if (kind === "form") {
    const error = refusalFormError[reason];
    return seeOther(error ? backWith(back, error) : back);
  }
  const field = refusalField[reason];
  const message = refusalMessages[reason];
  return jsonError(refusalStatus[reason], message, field ? [{ path: field, message }] : undefined);
}

export function assignmentJson(a: Assignment) {
  return {
    id: a.id,
    classId: a.classId,
    unit: a.unit,
    unitTitle: a.unitTitle,
    mode: a.mode,
    opensAt: a.opensAt.toISOString(),
    dueAt: a.dueAt.toISOString(),
    timeZone: a.timeZone,
  };
}

export const noStore = { "Cache-Control": "private, no-store" };

export function classPage(classId: string): string {
  return `/teacher/classes/${classId}`;
}

export function assignmentPage(classId: string, assignmentId?: string): string {
  return `/teacher/classes/${classId}/assignments/${assignmentId ?? ""}`;
}

/** The form's page with `?error=` set, keeping a `#fragment` at the end where it belongs. */
export function backWith(back: string, error: string): string {
  const [path = back, fragment] = back.split("#", 2);
  return withQuery(path, { error }) + (fragment ? `#${fragment}` : "");
}

export { NextResponse, seeOther as seeOtherTo };
