import "server-only";
import { notFound } from "next/navigation";
import type { SessionUser } from "@/lib/accounts/sessions";
import { getLocale } from "next-intl/server";
import { currentUser } from "@/lib/http/session";
import { db } from "@/lib/db";
import { redirect } from "@/lib/i18n/navigation";
import { findClass, type ClassSummary } from "@/lib/classrooms/classrooms";
import { idSchema } from "@/lib/classrooms/schemas";

// Pages under /teacher: anonymous visitors (and guest learners) are sent to sign in and brought
// back; students get a "teachers only" page; a class that is not the teacher's is not found.

export type TeacherGate = { kind: "teacher"; teacher: SessionUser } | { kind: "forbidden"; user: SessionUser };

export async function teacherForPage(next: string): Promise<TeacherGate> {
  const user = await currentUser();
  if (!user || user.role === "guest")
    return redirect({ href: `/signin?next=${encodeURIComponent(next)}`, locale: await getLocale() });
  if (user.role !== "teacher") return { kind: "forbidden", user };
  return { kind: "teacher", teacher: user };
}

export async function teacherClassForPage(
  rawId: string,
  next: string,
): Promise<
  { kind: "teacher"; teacher: SessionUser; classroom: ClassSummary } | { kind: "forbidden"; user: SessionUser }
> {
  const gate = await teacherForPage(next);
  if (gate.kind === "forbidden") return gate;
  const id = idSchema.safeParse(rawId);
  if (!id.success) notFound();
  const classroom = await findClass(db(), gate.teacher.id, id.data);
  if (!classroom) notFound();
  return { ...gate, classroom };
}
