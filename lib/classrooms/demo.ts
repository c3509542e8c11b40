import "server-only";
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/accounts/passwords";
import { generateJoinCode } from "@/lib/classrooms/join-codes";

const DEMO_TEACHER_EMAIL = "demo.teacher@example.org";
const DEMO_TEACHER_PASSWORD = "eventline-demo";
const DEMO_CLASS_NAME = "Demo class — Civics 10B";

/** Creates the demo teacher and class on an empty database; returns what to print, or null. */
export async function seedDemo(database: Db): Promise<{ email: string; password: string; joinCode: string } | null> {
  if ((await database.user.count()) > 0) return null;
  const teacher = await database.user.create({
    data: {
      role: "teacher",
      displayName: "Demo Teacher",
      email: DEMO_TEACHER_EMAIL,
      passwordHash: await hashPassword(DEMO_TEACHER_PASSWORD),
    },
  });
  const classroom = await database.classroom.create({
    data: { name: DEMO_CLASS_NAME, joinCode: generateJoinCode(), teacherId: teacher.id },
  });
  return { email: DEMO_TEACHER_EMAIL, password: DEMO_TEACHER_PASSWORD, joinCode: classroom.joinCode };
}

export async function findDemo(database: Db): Promise<{ email: string; password: string; joinCode: string } | null> {
  const teacher = await database.user.findUnique({
    where: { email: DEMO_TEACHER_EMAIL },
    select: { classrooms: { where: { archivedAt: null }, select: { joinCode: true }, take: 1 } },
  });
  const code = teacher?.classrooms[0]?.joinCode;
  return code ? { email: DEMO_TEACHER_EMAIL, password: DEMO_TEACHER_PASSWORD, joinCode: code } : null;
}
