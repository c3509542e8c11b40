import Link from "next/link";
import { buttonClass, cardClass, inputClass, labelClass, linkClass, secondaryButtonClass } from "@/components/ui/styles";
import type { ClassSummary } from "@/lib/classrooms/classrooms";
import { formatJoinCode } from "@/lib/classrooms/join-codes";

export function ClassCard({ classroom, confirmArchive = false }: { classroom: ClassSummary; confirmArchive?: boolean }) {
  const archived = classroom.archivedAt !== null;
  const base = `/api/classes/${classroom.id}`;
  return (
    <li className={cardClass}>
      <h3 className="text-lg font-semibold">
        <Link href={`/teacher/classes/${classroom.id}`} className={linkClass}>
          {classroom.name}
        </Link>
        {archived && <span className="ml-2 rounded border border-stone-500 px-2 text-sm font-normal">Archived</span>}
      </h3>
      <p>
        {classroom.studentCount} {classroom.studentCount === 1 ? "student" : "students"}
        {!archived && (
          <>
            {" · "}join code <span className="font-mono text-lg font-bold tracking-widest">{formatJoinCode(classroom.joinCode)}</span>
          </>
        )}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {!archived && (
          <>
            <Link href={`/teacher/classes/${classroom.id}/join-sheet`} className={secondaryButtonClass}>
              Printable join sheet
            </Link>
            <form method="post" action={`${base}/join-code`}>
              <button type="submit" className={secondaryButtonClass}>
                New join code
              </button>
            </form>
          </>
        )}
        {archived ? (
          <form method="post" action={`${base}/archive`}>
            <input type="hidden" name="archived" value="false" />
            <button type="submit" className={secondaryButtonClass}>
              Restore class
            </button>
          </form>
        ) : (
          !confirmArchive && (
            <Link href={`/teacher?archive=${classroom.id}#archive-${classroom.id}`} className={secondaryButtonClass}>
              Archive class…<span className="sr-only">: {classroom.name}</span>
            </Link>
          )
        )}
      </div>
      {confirmArchive && !archived && (
        <div id={`archive-${classroom.id}`} role="alert" className="mt-2 space-y-2 rounded border-2 border-amber-700 p-3 dark:border-amber-400">
          <p>
            <strong>Archive {classroom.name}?</strong> Students can no longer join with its code, and it moves to the end of your
            list. Scores and answers are kept, and you can restore it at any time.
          </p>
          <div className="flex flex-wrap gap-2">
            <form method="post" action={`${base}/archive`}>
              <input type="hidden" name="archived" value="true" />
              <button type="submit" className={buttonClass}>
                Yes, archive it
              </button>
            </form>
            <Link href="/teacher" className={secondaryButtonClass}>
              No, keep it open
            </Link>
          </div>
        </div>
      )}
      <details className="mt-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center">Rename this class</summary>
        <form method="post" action={`${base}/rename`} className="mt-2 flex flex-wrap items-end gap-2">
          <div className="grow">
            <label htmlFor={`name-${classroom.id}`} className={labelClass}>
              New name
            </label>
            <input id={`name-${classroom.id}`} name="name" required maxLength={80} defaultValue={classroom.name} className={inputClass} />
          </div>
          <button type="submit" className={buttonClass}>
            Rename
          </button>
        </form>
      </details>
    </li>
  );
}
