// Where a student stands on an assignment, and counts. Pure: used by pages and components; the
// words for each state are in the "assignments" catalogue (assignments.status.<state>).

export const assignmentStatuses = ["not-started", "in-progress", "submitted", "late"] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

export type StatusCounts = { notStarted: number; inProgress: number; submitted: number; late: number };

type StatusFlags = { onTime: unknown; late: unknown; open: unknown };

/**
 * Finished by the due time: submitted; finished after it: late; started but not finished: in
 * progress. A student who handed in on time and then practises again stays "submitted".
 */
export function statusOf(flags: StatusFlags): AssignmentStatus {
  if (Number(flags.onTime) > 0) return "submitted";
  if (Number(flags.late) > 0) return "late";
  if (Number(flags.open) > 0) return "in-progress";
  return "not-started";
}

export function countStatuses(statuses: readonly AssignmentStatus[]): StatusCounts {
  const counts: StatusCounts = { notStarted: 0, inProgress: 0, submitted: 0, late: 0 };
  for (const s of statuses) {
    if (s === "not-started") counts.notStarted++;
    else if (s === "in-progress") counts.inProgress++;
    else if (s === "submitted") counts.submitted++;
    else counts.late++;
  }
  return counts;
}
