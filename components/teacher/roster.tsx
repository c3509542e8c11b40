import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass, inputClass, labelClass, linkClass, secondaryButtonClass } from "@/components/ui/styles";
import type { RosterEntry } from "@/lib/classrooms/classrooms";
import { routes } from "@/lib/routes";

export function Roster({ classId, students }: { classId: string; students: RosterEntry[] }) {
  const t = useTranslations("teacher.roster");
  const format = useFormatter();
  if (students.length === 0) return <p>{t("empty")}</p>;
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-700">
      {students.map((s) => {
        return (
          <li key={s.enrollmentId} className="py-2">
            <div className="flex flex-wrap items-center gap-x-3">
              <Link href={routes.classStudent(classId, s.enrollmentId)} className={linkClass}>
                {s.displayName}
              </Link>
              <span className="text-sm text-stone-700 dark:text-stone-300">
                {t("joined", {
                  date: format.dateTime(s.joinedAt, {
                    day: "numeric",
                    month: "short",
                    year: "numeric",
                    timeZone: "UTC",
                  }),
                })}
              </span>
            </div>
            <details>
              <summary className="inline-flex min-h-11 cursor-pointer items-center">
                {t("renameOrRemove")} <span className="sr-only">&nbsp;{s.displayName}</span>
              </summary>
              <div className="flex flex-wrap items-end gap-2 pb-2">
                <form
                  method="post"
                  action={routes.api.studentAction(classId, s.enrollmentId, "rename")}
                  className="flex flex-wrap items-end gap-2"
                >
                  <div>
                    <label htmlFor={`rename-${s.enrollmentId}`} className={labelClass}>
                      {t("newName")}
                    </label>
                    <input
                      id={`rename-${s.enrollmentId}`}
                      name="displayName"
                      required
                      maxLength={40}
                      defaultValue={s.displayName}
                      className={inputClass}
                    />
                  </div>
                  <button type="submit" className={buttonClass}>
                    {t("rename")}
                  </button>
                </form>
                <form method="post" action={routes.api.studentAction(classId, s.enrollmentId, "remove")}>
                  <button type="submit" className={secondaryButtonClass}>
                    {t("remove")}
                    <span className="sr-only">: {s.displayName}</span>
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
