import { NextResponse } from "next/server";
import { checkOrigin } from "@/lib/http";
import { db } from "@/lib/db";
import { invalidBody, parseBody, seeOther, bodyKind } from "@/lib/auth/form";
import { createClass, listClasses } from "@/lib/classes/classes";
import { createClassSchema } from "@/lib/classes/schemas";
import { requireTeacher } from "@/lib/teacher/access";

export async function GET(req: Request) {
  const gate = await requireTeacher(req);
  if (!gate.ok) return gate.response;
  const classes = await listClasses(db(), gate.teacher.id);
  return NextResponse.json({ classes }, { headers: { "Cache-Control": "no-store" } });
}

export async function POST(req: Request) {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const gate = await requireTeacher(req, bodyKind(req));
  if (!gate.ok) return gate.response;
  const parsed = await parseBody(req, createClassSchema);
  if (!parsed.ok) return invalidBody(parsed, "/teacher");
  const created = await createClass(db(), gate.teacher.id, parsed.data.name);
  return parsed.kind === "json"
    ? NextResponse.json(created, { status: 201 })
    : seeOther(`/teacher/classes/${created.id}`);
}
