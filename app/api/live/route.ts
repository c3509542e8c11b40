import type { NextResponse } from "next/server";
import { invalidBody, parseBody, seeOther, withQuery } from "@/lib/auth/form";
import { db } from "@/lib/db";
import { checkOrigin } from "@/lib/http";
import { createLiveSession } from "@/lib/live/sessions";
import { createLiveBody, projectorPath } from "@/lib/live/schemas";
import { requireTeacher } from "@/lib/teacher/access";
import { created, liveFailure } from "@/app/api/live/respond";

const START_PAGE = "/teacher/live";

/** A teacher starts a live session of a unit, for one of their classes or for anyone with the code. */
export async function POST(req: Request): Promise<NextResponse> {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const parsed = await parseBody(req, createLiveBody);
  const kind = parsed.kind;
  const gate = await requireTeacher(req, kind, START_PAGE);
  if (!gate.ok) return gate.response;
  if (!parsed.ok) return invalidBody(parsed, START_PAGE);
  const result = await createLiveSession(db(), gate.teacher.id, parsed.data);
  if (!result.ok) return kind === "json" ? liveFailure(result.reason) : seeOther(withQuery(START_PAGE, { error: result.reason }));
  return kind === "json" ? created({ id: result.id, code: result.code }) : seeOther(projectorPath(result.id));
}
