import Link from "next/link";
import { buttonClass, inputClass, labelClass, linkClass, secondaryButtonClass } from "@/components/ui/styles";
import type { RosterEntry } from "@/lib/classrooms/classrooms";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function Roster({ classId, students }: { classId: string; students: RosterEntry[] }) {
  if (students.length === 0) return <p>Nobody has joined yet.</p>;
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-700">
      {students.map((s) => {
        const base = `/api/classes/${classId}/students/${s.enrollmentId}`;
        return (
          <li key={s.enrollmentId} className="py-2">
            <div className="flex flex-wrap items-center gap-x-3">
              <Link href={`/teacher/classes/${classId}/students/${s.enrollmentId}`} className={linkClass}>
                {s.displayName}
              </Link>
              <span className="text-sm text-stone-700 dark:text-stone-300">joined {dateFormat.format(s.joinedAt)}</span>
            </div>
            <details>
              <summary className="inline-flex min-h-11 cursor-pointer items-center">
                Rename or remove <span className="sr-only">&nbsp;{s.displayName}</span>
              </summary>
              <div className="flex flex-wrap items-end gap-2 pb-2">
                <form method="post" action={`${base}/rename`} className="flex flex-wrap items-end gap-2">
                  <div>
                    <label htmlFor={`rename-${s.enrollmentId}`} className={labelClass}>
                      New name
                    </label>
                    <input id={`rename-${s.enrollmentId}`} name="displayName" required maxLength={40} defaultValue={s.displayName} className={inputClass} />
                  </div>
                  <button type="submit" className={buttonClass}>
                    Rename
                  </button>
                </form>
                <form method="post" action={`${base}/remove`}>
                  <button type="submit" className={secondaryButtonClass}>
                    Remove from class<span className="sr-only">: {s.displayName}</span>
                  </button>
                </form>
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
