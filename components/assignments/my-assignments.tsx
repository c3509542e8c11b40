import Link from "next/link";
import { buttonClass, linkClass, secondaryButtonClass } from "@/components/ui/styles";
import { StatusBadge } from "@/components/assignments/status-badge";
import type { StudentAssignment } from "@/lib/assignments/progress";
import { assignmentModeLabels } from "@/lib/assignments/schemas";
import { dueInWords } from "@/lib/assignments/time";

// A student's assignments, shown first on the home and progress pages. Starting one is a plain
// form posting to the quiz, so it works without JavaScript and resumes an attempt in progress.

const startLabel = { "not-started": "Start", "in-progress": "Continue", submitted: "Practise again", late: "Practise again" } as const;

export function MyAssignments({ assignments, now }: { assignments: StudentAssignment[]; now: Date }) {
  if (assignments.length === 0) return null;
  return (
    <section aria-labelledby="my-assignments-title" className="mb-8">
      <h2 id="my-assignments-title" className="mb-3 text-xl font-semibold">
        Your assignments
      </h2>
      <ul className="space-y-3">
        {assignments.map((a) => {
          const done = a.status === "submitted" || a.status === "late";
          return (
            <li key={a.id} className="rounded border border-stone-300 bg-white p-4 dark:border-stone-600 dark:bg-stone-900">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-semibold">
                  {a.unitTitle}: {assignmentModeLabels[a.mode]}
                </h3>
                <StatusBadge status={a.status} />
              </div>
              <p className="text-sm">
                <time dateTime={a.dueAt.toISOString()}>{dueInWords(a.dueAt, a.timeZone, now)}</time> · {a.className}
              </p>
              <div className="mt-2 flex flex-wrap items-center gap-3">
                <form method="post" action="/api/attempts">
                  <input type="hidden" name="unit" value={a.unit} />
                  <input type="hidden" name="mode" value={a.mode} />
                  <button type="submit" className={done ? secondaryButtonClass : buttonClass}>
                    {startLabel[a.status]}
                    <span className="sr-only">: {a.unitTitle}, {assignmentModeLabels[a.mode]}</span>
                  </button>
                </form>
                <Link href={`/units/${a.unit}`} className={linkClass}>
                  Read the timeline<span className="sr-only">: {a.unitTitle}</span>
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
