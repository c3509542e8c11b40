import Link from "next/link";
import { buttonClass, cardClass, inputClass, labelClass, linkClass, secondaryButtonClass } from "@/components/ui/styles";
import type { ClassSummary } from "@/lib/classrooms/classrooms";

export function ClassCard({ classroom }: { classroom: ClassSummary }) {
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
            {" · "}join code <span className="font-mono text-lg font-bold tracking-widest">{classroom.joinCode}</span>
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
        <form method="post" action={`${base}/archive`}>
          <input type="hidden" name="archived" value={archived ? "false" : "true"} />
          <button type="submit" className={secondaryButtonClass}>
            {archived ? "Restore class" : "Archive class"}
          </button>
        </form>
      </div>
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
