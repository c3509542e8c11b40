import "server-only";
import type { Db } from "@/lib/db";
import type {
  AssignmentFields,
  AssignmentMode,
  CreateAssignmentInput,
  EditAssignmentInput,
} from "@/lib/assignments/schemas";

// A teacher gives a unit's quiz to a class with a due time. Every function that changes one takes
// the teacher's id and matches on it, so another teacher's class or assignment is simply not found.

export type Assignment = AssignmentFields & { createdAt: Date };

export type AssignmentRefusal =
  "class-not-found" | "assignment-not-found" | "unknown-unit" | "due-in-past" | "opens-after-due";

export type AssignmentResult = { ok: true; assignment: Assignment } | { ok: false; reason: AssignmentRefusal };

const assignmentSelect = {
  id: true,
  classroomId: true,
  unitId: true,
  mode: true,
  opensAt: true,
  dueAt: true,
  timeZone: true,
  createdAt: true,
  unit: { select: { title: true } },
} as const;

type AssignmentRow = {
  id: string;
  classroomId: string;
  unitId: string;
  mode: string;
  opensAt: Date;
  dueAt: Date;
  timeZone: string;
  createdAt: Date;
  unit: { title: string };
};

function toAssignment(row: AssignmentRow): Assignment {
  return {
    id: row.id,
    classId: row.classroomId,
    unit: row.unitId,
    unitTitle: row.unit.title,
    mode: row.mode as AssignmentMode,
    opensAt: row.opensAt,
    dueAt: row.dueAt,
    timeZone: row.timeZone,
    createdAt: row.createdAt,
  };
}

function timesRefusal(input: { dueAt: Date; opensAt: Date | null }, now: Date): AssignmentRefusal | null {
  if (input.dueAt.getTime() <= now.getTime()) return "due-in-past";
  if (input.opensAt && input.opensAt.getTime() >= input.dueAt.getTime()) return "opens-after-due";
  return null;
}

/**
 * Attempts count from the later of the opening time and the moment the assignment is made, so work
 * done before the teacher assigned anything never counts as handed in.
 */
const countsFrom = (opensAt: Date | null, createdAt: Date) =>
  opensAt && opensAt.getTime() > createdAt.getTime() ? opensAt : createdAt;

export async function createAssignment(
  database: Db,
  teacherId: string,
  classId: string,
  input: CreateAssignmentInput,
  now: Date = new Date(),
): Promise<AssignmentResult> {
  const classroom = await database.classroom.findFirst({ where: { id: classId, teacherId }, select: { id: true } });
  if (!classroom) return { ok: false, reason: "class-not-found" };
  const unit = await database.unit.findUnique({ where: { id: input.unit }, select: { id: true } });
  if (!unit) return { ok: false, reason: "unknown-unit" };
  const refusal = timesRefusal(input, now);
  if (refusal) return { ok: false, reason: refusal };
  const row = await database.assignment.create({
    data: {
      classroomId: classId,
      unitId: input.unit,
      mode: input.mode,
      dueAt: input.dueAt,
      opensAt: countsFrom(input.opensAt, now),
      timeZone: input.timeZone,
      createdAt: now,
    },
    select: assignmentSelect,
  });
  return { ok: true, assignment: toAssignment(row) };
}

export async function findAssignment(
  database: Db,
  teacherId: string,
  classId: string,
  assignmentId: string,
): Promise<Assignment | null> {
  const row = await database.assignment.findFirst({
    where: { id: assignmentId, classroomId: classId, classroom: { teacherId }, withdrawnAt: null },
    select: assignmentSelect,
  });
  return row ? toAssignment(row) : null;
}

/** New times for an assignment; the unit and mode stay, so attempts already made keep counting. */
export async function editAssignment(
  database: Db,
  teacherId: string,
  classId: string,
  assignmentId: string,
  input: EditAssignmentInput,
  now: Date = new Date(),
): Promise<AssignmentResult> {
  const current = await findAssignment(database, teacherId, classId, assignmentId);
  if (!current) return { ok: false, reason: "assignment-not-found" };
  const refusal = timesRefusal(input, now);
  if (refusal) return { ok: false, reason: refusal };
  const row = await database.assignment.update({
    where: { id: current.id },
    data: { dueAt: input.dueAt, opensAt: countsFrom(input.opensAt, current.createdAt), timeZone: input.timeZone },
    select: assignmentSelect,
  });
  return { ok: true, assignment: toAssignment(row) };
}

/** Withdrawn assignments disappear for the class; the attempts made for them stay the students'. */
export async function withdrawAssignment(
  database: Db,
  teacherId: string,
  classId: string,
  assignmentId: string,
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; reason: "assignment-not-found" }> {
  const { count } = await database.assignment.updateMany({
    where: { id: assignmentId, classroomId: classId, classroom: { teacherId }, withdrawnAt: null },
    data: { withdrawnAt: now },
  });
  return count === 1 ? { ok: true } : { ok: false, reason: "assignment-not-found" };
}

export async function listClassAssignments(database: Db, classId: string): Promise<Assignment[]> {
  const rows = await database.assignment.findMany({
    where: { classroomId: classId, withdrawnAt: null },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: assignmentSelect,
  });
  return rows.map(toAssignment);
}
