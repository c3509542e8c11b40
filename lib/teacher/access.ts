import type { NextResponse } from "next/server";
import { jsonError } from "@/lib/http";
import { userFromRequest, type SessionUser } from "@/lib/auth/session";
import { seeOther, withQuery, type BodyKind } from "@/lib/auth/form";
import { findClass, type ClassSummary } from "@/lib/classes/classes";
import { db } from "@/lib/db";

// The one gate of every teacher route handler: not signed in (or only a guest learner) → 401,
// signed in but not a teacher → 403, a class that is not this teacher's → 404 (whether or not it
// exists, so ids cannot be probed).

type Denied = { ok: false; response: NextResponse };

function deny(kind: BodyKind, status: 401 | 403 | 404, back: string): Denied {
  if (kind === "form") {
    return { ok: false, response: seeOther(status === 401 ? withQuery("/signin", { next: back }) : "/teacher") };
  }
  const message =
    status === 401
      ? "Sign in as a teacher to continue."
      : status === 403
        ? "Only teachers can do this."
        : "There is no class with this id among your classes.";
  return { ok: false, response: jsonError(status, message) };
}

export async function requireTeacher(
  req: Request,
  kind: BodyKind = "json",
  back = "/teacher",
): Promise<{ ok: true; teacher: SessionUser } | Denied> {
  const user = await userFromRequest(req);
  if (!user || user.role === "guest") return deny(kind, 401, back);
  if (user.role !== "teacher") return deny(kind, 403, back);
  return { ok: true, teacher: user };
}

export async function requireTeacherClass(
  req: Request,
  classId: string,
  kind: BodyKind = "json",
): Promise<{ ok: true; teacher: SessionUser; classroom: ClassSummary } | Denied> {
  const back = `/teacher/classes/${classId}`;
  const gate = await requireTeacher(req, kind, back);
  if (!gate.ok) return gate;
  const classroom = await findClass(db(), gate.teacher.id, classId);
  if (!classroom) return deny(kind, 404, back);
  return { ok: true, teacher: gate.teacher, classroom };
}
