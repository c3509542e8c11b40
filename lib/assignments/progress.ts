import "server-only";
import { Prisma } from "@/generated/sqlite/client";
import type { Db } from "@/lib/db";
import type { Assignment } from "@/lib/assignments/assignments";
import type { AssignmentFields, AssignmentMode } from "@/lib/assignments/schemas";
import { countStatuses, statusOf, type AssignmentStatus, type StatusCounts } from "@/lib/assignments/status";

// Where each student stands on each assignment, worked out from their attempts: an attempt of the
// assigned unit and mode, started at or after the assignment opened, by a student still enrolled
// (the rule itself is statusOf in status.ts).

export type StudentProgress = {
  enrollmentId: string;
  displayName: string;
  status: AssignmentStatus;
  /** Of the attempt in progress, when there is one. */
  answered: number | null;
  questionCount: number | null;
};

type StatusFlags = { onTime: unknown; late: unknown; open: unknown };

type ClassRow = StatusFlags & {
  assignmentId: string;
  enrollmentId: string;
  displayName: string;
  answered: unknown;
  questionCount: unknown;
};

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Every student's state on every open assignment of the class, as one grouped query: one row per
 * (assignment, student) leaves the database, however many attempts there are.
 */
export async function classAssignmentProgress(
  database: Db,
  classId: string,
  assignmentId?: string,
): Promise<Map<string, StudentProgress[]>> {
  const rows = await database.$queryRaw<ClassRow[]>`
    SELECT s."id" AS "assignmentId", e."id" AS "enrollmentId", e."displayName" AS "displayName",
           MAX(CASE WHEN a."finishedAt" IS NOT NULL AND a."finishedAt" <= s."dueAt" THEN 1 ELSE 0 END) AS "onTime",
           MAX(CASE WHEN a."finishedAt" IS NOT NULL AND a."finishedAt" > s."dueAt" THEN 1 ELSE 0 END) AS "late",
           MAX(CASE WHEN a."id" IS NOT NULL AND a."finishedAt" IS NULL THEN 1 ELSE 0 END) AS "open",
           MAX(CASE WHEN a."finishedAt" IS NULL THEN a."answeredCount" END) AS "answered",
           MAX(CASE WHEN a."finishedAt" IS NULL THEN a."questionCount" END) AS "questionCount"
    FROM "Assignment" s
    JOIN "Enrollment" e ON e."classroomId" = s."classroomId" AND e."removedAt" IS NULL
    LEFT JOIN "Attempt" a ON a."userId" = e."userId" AND a."unitId" = s."unitId" AND a."mode" = s."mode"
                         AND a."startedAt" >= s."opensAt"
    WHERE s."classroomId" = ${classId} AND s."withdrawnAt" IS NULL
      ${assignmentId ? Prisma.sql`AND s."id" = ${assignmentId}` : Prisma.empty}
    GROUP BY s."id", e."id", e."displayName"
    ORDER BY e."displayName", e."id"`;
  const byAssignment = new Map<string, StudentProgress[]>();
  for (const row of rows) {
    const status = statusOf(row);
    const list = byAssignment.get(row.assignmentId) ?? [];
    list.push({
      enrollmentId: row.enrollmentId,
      displayName: row.displayName,
      status,
      answered: status === "in-progress" ? num(row.answered) : null,
      questionCount: status === "in-progress" ? num(row.questionCount) : null,
    });
    byAssignment.set(row.assignmentId, list);
  }
  return byAssignment;
}

export type ClassAssignmentSummary = Assignment & { counts: StatusCounts };

export function withCounts(
  assignments: readonly Assignment[],
  progress: Map<string, StudentProgress[]>,
): ClassAssignmentSummary[] {
  return assignments.map((a) => ({ ...a, counts: countStatuses((progress.get(a.id) ?? []).map((p) => p.status)) }));
}

export type StudentAssignment = AssignmentFields & { className: string; status: AssignmentStatus };

type StudentRow = StatusFlags & {
  id: string;
  classId: string;
  className: string;
  unit: string;
  unitTitle: string;
  mode: string;
  opensAt: Date | string;
  dueAt: Date | string;
  timeZone: string;
};

/**
 * A student's open assignments in the classes they are still in (archived classes left out), the
 * soonest due first. Assignments that open later are not shown yet.
 */
export async function studentAssignments(
  database: Db,
  userId: string,
  now: Date = new Date(),
): Promise<StudentAssignment[]> {
  const rows = await database.$queryRaw<StudentRow[]>`
    SELECT s."id", c."id" AS "classId", c."name" AS "className", s."unitId" AS "unit", u."title" AS "unitTitle",
           s."mode", s."opensAt", s."dueAt", s."timeZone",
           MAX(CASE WHEN a."finishedAt" IS NOT NULL AND a."finishedAt" <= s."dueAt" THEN 1 ELSE 0 END) AS "onTime",
           MAX(CASE WHEN a."finishedAt" IS NOT NULL AND a."finishedAt" > s."dueAt" THEN 1 ELSE 0 END) AS "late",
           MAX(CASE WHEN a."id" IS NOT NULL AND a."finishedAt" IS NULL THEN 1 ELSE 0 END) AS "open"
    FROM "Enrollment" e
    JOIN "Classroom" c ON c."id" = e."classroomId" AND c."archivedAt" IS NULL
    JOIN "Assignment" s ON s."classroomId" = c."id" AND s."withdrawnAt" IS NULL
    JOIN "Unit" u ON u."id" = s."unitId"
    LEFT JOIN "Attempt" a ON a."userId" = e."userId" AND a."unitId" = s."unitId" AND a."mode" = s."mode"
                         AND a."startedAt" >= s."opensAt"
    WHERE e."userId" = ${userId} AND e."removedAt" IS NULL
    GROUP BY s."id", c."id", c."name", s."unitId", u."title", s."mode", s."opensAt", s."dueAt", s."timeZone"`;
  return rows
    .map((r) => ({
      id: r.id,
      classId: r.classId,
      className: r.className,
      unit: r.unit,
      unitTitle: r.unitTitle,
      mode: r.mode as AssignmentMode,
      opensAt: new Date(r.opensAt),
      dueAt: new Date(r.dueAt),
      timeZone: r.timeZone,
      status: statusOf(r),
    }))
    .filter((a) => a.opensAt.getTime() <= now.getTime())
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id.localeCompare(b.id));
}
