import "server-only";
import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/accounts/sessions";
import { issueSignInCode } from "@/lib/accounts/student-codes";

export type JoinResult =
  | { ok: true; userId: string; newUser: boolean; classroomId: string; className: string; signInCode: string }
  | { ok: false; reason: "wrong-join-code" | "archived-class" | "teacher-cannot-join" };

/**
 * Puts the learner in the class. A guest keeps their user row (and so their progress) and becomes
 * a student; a student may be in several classes. Joining again, or after being removed, brings the
 * enrolment back under the new name. Every join issues a new personal sign-in code.
 */
export async function joinClass(
  database: Db,
  learner: SessionUser | null,
  code: string,
  displayName: string,
): Promise<JoinResult> {
  if (learner?.role === "teacher") return { ok: false, reason: "teacher-cannot-join" };
  const classroom = await database.classroom.findUnique({
    where: { joinCode: code },
    select: { id: true, name: true, archivedAt: true },
  });
  if (!classroom) return { ok: false, reason: "wrong-join-code" };
  if (classroom.archivedAt) return { ok: false, reason: "archived-class" };
  const userId = await database.$transaction(async (tx) => {
    const user = learner
      ? await tx.user.update({
          where: { id: learner.id },
          data: { role: "student", displayName: learner.displayName ?? displayName },
          select: { id: true },
        })
      : await tx.user.create({ data: { role: "student", displayName }, select: { id: true } });
    await tx.enrollment.upsert({
      where: { classroomId_userId: { classroomId: classroom.id, userId: user.id } },
      create: { classroomId: classroom.id, userId: user.id, displayName },
      update: { displayName, removedAt: null },
    });
    return user.id;
  });
  const signInCode = await issueSignInCode(database, userId);
  return { ok: true, userId, newUser: !learner, classroomId: classroom.id, className: classroom.name, signInCode };
}
