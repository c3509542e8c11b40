import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import {
  buttonClass,
  cardClass,
  inputClass,
  labelClass,
  linkClass,
  secondaryButtonClass,
} from "@/components/ui/styles";
import type { ClassSummary } from "@/lib/classrooms/classrooms";
import { formatJoinCode } from "@/lib/classrooms/join-codes";
import { routes } from "@/lib/routes";

export function ClassCard({
  classroom,
  confirmArchive = false,
}: {
  classroom: ClassSummary;
  confirmArchive?: boolean;
}) {
  const t = useTranslations("teacher.card");
  const archived = classroom.archivedAt !== null;
  return (
    <li className={cardClass}>
      <h3 className="text-lg font-semibold">
        <Link href={routes.teacherClass(classroom.id)} className={linkClass}>
          {classroom.name}
        </Link>
        {archived && (
          <span className="ml-2 rounded border border-stone-500 px-2 text-sm font-normal">{t("archived")}</span>
        )}
      </h3>
      <p>
        {t("students", { count: classroom.studentCount })}
        {!archived && (
          <>
            {" · "}
            {t("joinCode")}{" "}
            <span className="font-mono text-lg font-bold tracking-widest">{formatJoinCode(classroom.joinCode)}</span>
          </>
        )}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {!archived && (
          <>
            <Link href={routes.joinSheet(classroom.id)} className={secondaryButtonClass}>
              {t("joinSheet")}
            </Link>
            <form method="post" action={routes.api.classAction(classroom.id, "join-code")}>
              <button type="submit" className={secondaryButtonClass}>
                {t("newJoinCode")}
              </button>
            </form>
          </>
        )}
        {archived ? (
          <form method="post" action={routes.api.classAction(classroom.id, "archive")}>
            <input type="hidden" name="archived" value="false" />
            <button type="submit" className={secondaryButtonClass}>
              {t("restore")}
            </button>
          </form>
        ) : (
          !confirmArchive && (
            <Link
              href={`${routes.teacher(`archive=${encodeURIComponent(classroom.id)}`)}#archive-${classroom.id}`}
              className={secondaryButtonClass}
            >
              {t("archive")}
              <span className="sr-only">: {classroom.name}</span>
            </Link>
          )
        )}
      </div>
      {confirmArchive && !archived && (
        <div
          id={`archive-${classroom.id}`}
          role="alert"
          className="mt-2 space-y-2 rounded border-2 border-amber-700 p-3 dark:border-amber-400"
        >
          <p>
            <strong>{t("archiveQuestion", { name: classroom.name })}</strong> {t("archiveExplained")}
          </p>
          <div className="flex flex-wrap gap-2">
            <form method="post" action={routes.api.classAction(classroom.id, "archive")}>
              <input type="hidden" name="archived" value="true" />
              <button type="submit" className={buttonClass}>
                {t("archiveYes")}
              </button>
            </form>
            <Link href={routes.teacher()} className={secondaryButtonClass}>
              {t("archiveNo")}
            </Link>
          </div>
        </div>
      )}
      <details className="mt-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center">{t("renameSummary")}</summary>
        <form
          method="post"
          action={routes.api.classAction(classroom.id, "rename")}
          className="mt-2 flex flex-wrap items-end gap-2"
        >
          <div className="grow">
            <label htmlFor={`name-${classroom.id}`} className={labelClass}>
              {t("newName")}
            </label>
            <input
              id={`name-${classroom.id}`}
              name="name"
              required
              maxLength={80}
              defaultValue={classroom.name}
              className={inputClass}
            />
          </div>
          <button type="submit" className={buttonClass}>
            {t("rename")}
          </button>
        </form>
      </details>
    </li>
  );
}
