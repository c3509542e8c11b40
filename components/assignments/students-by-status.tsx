import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { linkClass } from "@/components/ui/styles";
import { StatusBadge } from "@/components/assignments/status-badge";
import type { StudentProgress } from "@/lib/assignments/progress";
import { assignmentStatuses } from "@/lib/assignments/status";
import { routes } from "@/lib/routes";

/** Who is in which state, one short list per state; students working now show how far they are. */
export function StudentsByStatus({ classId, students }: { classId: string; students: StudentProgress[] }) {
  const t = useTranslations("assignments");
  if (students.length === 0) return <p>{t("progress.nobodyJoined")}</p>;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {assignmentStatuses.map((status) => {
        const group = students.filter((s) => s.status === status);
        return (
          <section key={status} aria-label={`${t("status." + status)}: ${group.length}`}>
            <h3 className="font-semibold">
              <StatusBadge status={status} /> <span className="ml-1">{group.length}</span>
            </h3>
            {group.length === 0 ? (
              <p className="text-sm text-stone-700 dark:text-stone-300">{t("progress.nobody")}</p>
            ) : (
              <ul>
                {group.map((s) => (
                  <li key={s.enrollmentId}>
                    <Link href={routes.classStudent(classId, s.enrollmentId)} className={linkClass}>
                      {s.displayName}
                    </Link>
                    {s.status === "in-progress" && s.answered !== null && (
                      <span className="ml-2 text-sm">
                        {t("progress.answered", { answered: s.answered, total: s.questionCount ?? 0 })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
