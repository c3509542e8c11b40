import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass, labelClass, inputClass, linkClass } from "@/components/ui/styles";
import { FormError } from "@/components/ui/form-error";
import { AssignmentProgressBar } from "@/components/assignments/progress-bar";
import { AssignmentTimesFields } from "@/components/assignments/assignment-times-fields";
import type { ClassAssignmentSummary } from "@/lib/assignments/progress";
import { DueTime } from "@/components/assignments/due-time";
import { assignmentModes } from "@/lib/assignments/schemas";
import { zoneLabel } from "@/lib/assignments/time";
import { routes } from "@/lib/routes";

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
  const t = useTranslations("assignments");
  return (
    <div className="space-y-4">
      {assignments.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {assignments.map((a) => (
            <li key={a.id} className="rounded border border-stone-300 p-3 dark:border-stone-700">
              <h3 className="font-semibold">
                <Link href={routes.assignment(classId, a.id)} className={linkClass}>
                  {t("title", { unit: a.unitTitle, mode: t("modes." + a.mode) })}
                </Link>
              </h3>
              <p className="mb-2 text-sm">
                <DueTime at={a.dueAt} zone={zone} now={now} />{" "}
                <span className="text-stone-700 dark:text-stone-300">({zoneLabel(zone, a.dueAt)})</span>
                {a.opensAt.getTime() > now.getTime() && (
                  <>
                    {" · "}
                    <DueTime at={a.opensAt} zone={zone} now={now} kind="opens" />
                  </>
                )}
              </p>
              <AssignmentProgressBar counts={a.counts} />
              <p>
                <Link href={routes.assignment(classId, a.id)} className={linkClass}>
                  {t("list.whoIsWhere")}
                  <span className="sr-only">: {t("title", { unit: a.unitTitle, mode: t("modes." + a.mode) })}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <form
        id="new-assignment"
        method="post"
        action={routes.api.assignments(classId)}
        className="grid gap-3 rounded border border-stone-300 p-3 sm:grid-cols-2 dark:border-stone-700"
        aria-labelledby="new-assignment-title"
      >
        <h3 id="new-assignment-title" className="font-semibold sm:col-span-2">
          {t("form.title")}
        </h3>
        <div className="sm:col-span-2">
          <FormError message={error?.message ?? null} />
        </div>
        <div>
          <label htmlFor="assign-unit" className={labelClass}>
            {t("form.unit")}
          </label>
          <select
            id="assign-unit"
            name="unit"
            required
            className={inputClass}
            aria-invalid={error?.key === "unit" || error?.key === "unknown-unit" || undefined}
          >
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.title}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className={labelClass}>{t("form.quiz")}</legend>
          {assignmentModes.map((mode, i) => (
            <label key={mode} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="mode" value={mode} defaultChecked={i === 0} className="h-5 w-5" />
              {t("modes." + mode)}
            </label>
          ))}
        </fieldset>
        <AssignmentTimesFields
          idPrefix="assign"
          zone={zone}
          error={
            error?.key === "dueAt" || error?.key === "due-in-past"
              ? "dueAt"
              : error?.key === "opensAt" || error?.key === "opens-after-due"
                ? "opensAt"
                : null
          }
        />
        <div className="sm:col-span-2">
          <button type="submit" className={buttonClass}>
            {t("form.submit")}
          </button>
        </div>
      </form>
    </div>
  );
}
