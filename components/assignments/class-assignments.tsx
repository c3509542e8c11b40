import Link from "next/link";
import { buttonClass, labelClass, inputClass, linkClass } from "@/components/ui/styles";
import { FormError } from "@/components/ui/form-error";
import { AssignmentProgressBar } from "@/components/assignments/progress-bar";
import { AssignmentTimesFields } from "@/components/assignments/assignment-times-fields";
import type { ClassAssignmentSummary } from "@/lib/assignments/progress";
import { assignmentModeLabels, assignmentModes } from "@/lib/assignments/schemas";
import { dueInWords, zoneLabel } from "@/lib/assignments/time";

// The assignments block of a teacher's class page: each open assignment with its progress bar and
// a link to who is in which state, then the form to assign a quiz (a plain form: no JavaScript needed).

export function ClassAssignments({
  classId,
  assignments,
  units,
  zone,
  error,
  now,
}: {
  classId: string;
  assignments: ClassAssignmentSummary[];
  units: { id: string; title: string }[];
  zone: string;
  error: { key: string; message: string } | null;
  now: Date;
}) {
  return (
    <div className="space-y-4">
      {assignments.length === 0 ? (
        <p>Nothing assigned yet. Assign a unit&apos;s quiz below and see who has started, who has handed in and who is late.</p>
      ) : (
        <ul className="space-y-3">
          {assignments.map((a) => (
            <li key={a.id} className="rounded border border-stone-300 p-3 dark:border-stone-700">
              <h3 className="font-semibold">
                <Link href={`/teacher/classes/${classId}/assignments/${a.id}`} className={linkClass}>
                  {a.unitTitle}: {assignmentModeLabels[a.mode]}
                </Link>
              </h3>
              <p className="mb-2 text-sm">
                <time dateTime={a.dueAt.toISOString()}>{dueInWords(a.dueAt, zone, now)}</time>{" "}
                <span className="text-stone-700 dark:text-stone-300">({zoneLabel(zone, a.dueAt)})</span>
                {a.opensAt.getTime() > now.getTime() && <> · opens {dueInWords(a.opensAt, zone, now).replace(/^due /, "")}</>}
              </p>
              <AssignmentProgressBar counts={a.counts} />
              <p>
                <Link href={`/teacher/classes/${classId}/assignments/${a.id}`} className={linkClass}>
                  Who is in which state<span className="sr-only">: {a.unitTitle}, {assignmentModeLabels[a.mode]}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <form
        id="new-assignment"
        method="post"
        action={`/api/classes/${classId}/assignments`}
        className="grid gap-3 rounded border border-stone-300 p-3 sm:grid-cols-2 dark:border-stone-700"
        aria-labelledby="new-assignment-title"
      >
        <h3 id="new-assignment-title" className="font-semibold sm:col-span-2">
          Assign a quiz
        </h3>
        <div className="sm:col-span-2">
          <FormError message={error?.message ?? null} />
        </div>
        <div>
          <label htmlFor="assign-unit" className={labelClass}>
            Unit
          </label>
          <select id="assign-unit" name="unit" required className={inputClass} aria-invalid={error?.key === "unit" || error?.key === "unknown-unit" || undefined}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.title}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className={labelClass}>Quiz</legend>
          {assignmentModes.map((mode, i) => (
            <label key={mode} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="mode" value={mode} defaultChecked={i === 0} className="h-5 w-5" />
              {assignmentModeLabels[mode]}
            </label>
          ))}
        </fieldset>
        <AssignmentTimesFields idPrefix="assign" zone={zone} error={error?.key === "dueAt" || error?.key === "due-in-past" ? "dueAt" : error?.key === "opensAt" || error?.key === "opens-after-due" ? "opensAt" : null} />
        <div className="sm:col-span-2">
          <button type="submit" className={buttonClass}>
            Assign
          </button>
        </div>
      </form>
    </div>
  );
}
