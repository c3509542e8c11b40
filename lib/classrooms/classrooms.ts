import "server-only";
import { isUniqueViolation, type Db } from "@/lib/db";
import { generateJoinCode } from "@/lib/classrooms/join-codes";

// A teacher's classes. Every function that touches one class takes the teacher's id and matches
// on it, so a class id from another teacher finds nothing (the caller answers 404).

export type ClassSummary = {
  id: string;
  name: string;
  joinCode: string;
  createdAt: Date;
  archivedAt: Date | null;
  studentCount: number;
};

const classSummarySelect = {
  id: true,
  name: true,
  joinCode: true,
  createdAt: true,
  archivedAt: true,
  _count: { select: { enrollments: { where: { removedAt: null } } } },
} as const;

export async function listClasses(database: Db, teacherId: string): Promise<ClassSummary[]> {
  const rows = await database.classroom.findMany({
    where: { teacherId },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: classSummarySelect,
  });
  return rows.map(({ _count, ...c }) => ({ ...c, studentCount: _count.enrollments }));
}

export async function findClass(database: Db, teacherId: string, classId: string): Promise<ClassSummary | null> {
  const row = await database.classroom.findFirst({
    where: { id: classId, teacherId },
    select: classSummarySelect,
  });
  if (!row) return null;
  const { _count, ...c } = row;
  return { ...c, studentCount: _count.enrollments };
}

async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  // Codes are short, so a collision is possible; the unique index catches it and we draw again.
  for (let tries = 0; ; tries++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || tries >= 10) throw error;
    }
  }
}

export function createClass(database: Db, teacherId: string, name: string): Promise<{ id: string; joinCode: string }> {
  return withFreshCode((joinCode) =>
    database.classroom.create({ data: { name, joinCode, teacherId }, select: { id: true, joinCode: true } }),
  );
}

export type ClassChange<T = object> = ({ ok: true } & T) | { ok: false; reason: "class-not-found" };
export type RosterChange = { ok: true } | { ok: false; reason: "student-not-found" };

const classChanged = (count: number): ClassChange =>
  count === 1 ? { ok: true } : { ok: false, reason: "class-not-found" };
const rosterChanged = (count: number): RosterChange =>
  count === 1 ? { ok: true } : { ok: false, reason: "student-not-found" };

export async function renameClass(
  database: Db,
  teacherId: string,
  classId: string,
  name: string,
): Promise<ClassChange> {
  const { count } = await database.classroom.updateMany({ where: { id: classId, teacherId }, data: { name } });
  return classChanged(count);
}

export async function setArchived(
  database: Db,
  teacherId: string,
  classId: string,
  archived: boolean,
): Promise<ClassChange> {
  const { count } = await database.classroom.updateMany({
    where: { id: classId, teacherId },
    data: { archivedAt: archived ? new Date() : null },
  });
  return classChanged(count);
}

/** A new join code; the old one stops working at once. */
export async function regenerateJoinCode(
  database: Db,
  teacherId: string,
  classId: string,
): Promise<ClassChange<{ joinCode: string }>> {
  return withFreshCode(async (joinCode) => {
    const { count } = await database.classroom.updateMany({ where: { id: classId, teacherId }, data: { joinCode } });
    return count === 1 ? { ok: true, joinCode } : { ok: false, reason: "class-not-found" };
  });
}

export async function renameStudent(
  database: Db,
  teacherId: string,
  classId: string,
  enrollmentId: string,
  displayName: string,
): Promise<RosterChange> {
  const { count } = await database.enrollment.updateMany({
    where: { id: enrollmentId, classroomId: classId, classroom: { teacherId } },
    data: { displayName },
  });
  return rosterChanged(count);
}

/** Takes the student off the roster; their answers stay theirs, and the class no longer sees them. */
export async function removeStudent(
  database: Db,
  teacherId: string,
  classId: string,
  enrollmentId: string,
): Promise<RosterChange> {
  const { count } = await database.enrollment.updateMany({
    where: { id: enrollmentId, classroomId: classId, classroom: { teacherId }, removedAt: null },
    data: { removedAt: new Date() },
  });
  return rosterChanged(count);
}

export type RosterEntry = { enrollmentId: string; userId: string; displayName: string; joinedAt: Date };

export async function listRoster(database: Db, classId: string): Promise<RosterEntry[]> {
  const rows = await database.enrollment.findMany({
    where: { classroomId: classId, removedAt: null },
    orderBy: [{ displayName: "asc" }, { joinedAt: "asc" }],
    select: { id: true, userId: true, displayName: true, joinedAt: true },
  });
  return rows.map(({ id, ...r }) => ({ enrollmentId: id, ...r }));
}
