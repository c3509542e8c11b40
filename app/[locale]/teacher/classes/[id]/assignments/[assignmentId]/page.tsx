import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { buttonClass, linkClass, secondaryButtonClass } from "@/components/ui/styles";
import { FormError } from "@/components/ui/form-error";
import { DueTime } from "@/components/assignments/due-time";
import { AssignmentProgressBar } from "@/components/assignments/progress-bar";
import { AssignmentTimesFields } from "@/components/assignments/assignment-times-fields";
import { StudentsByStatus } from "@/components/assignments/students-by-status";
import { TimeZoneSync } from "@/components/assignments/time-zone";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { findAssignment } from "@/lib/assignments/assignments";
import { reasonMessage } from "@/lib/http/reasons";
import { classAssignmentProgress } from "@/lib/assignments/progress";
import { countStatuses } from "@/lib/assignments/status";
import { assignmentIdSchema } from "@/lib/assignments/schemas";
import { toLocalInput, zoneLabel } from "@/lib/assignments/time";
import { routes } from "@/lib/routes";
import { db } from "@/lib/db";
import { teacherClassForPage } from "@/lib/http/teacher-page-gate";
import { fetchHeatMap } from "@/lib/reports/heat-map";
import { unitTitlesIn } from "@/lib/reports/localized";
import { HeatMapView } from "@/components/teacher/heat-map";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assignments.page");
  return { title: t("title") };
}

type Props = {
  params: Promise<{ id: string; assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AssignmentPage({ params, searchParams }: Props) {
  const { id, assignmentId } = await params;
  const { error, confirm, order: rawOrder } = await searchParams;
  const order = rawOrder === "difficulty" ? "difficulty" : "quiz";
  const path = routes.assignment(id, assignmentId);
  const gate = await teacherClassForPage(id, path);
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const { classroom, teacher } = gate;
  const parsedId = assignmentIdSchema.safeParse(assignmentId);
  if (!parsedId.success) notFound();
  const found = await findAssignment(db(), teacher.id, classroom.id, parsedId.data);
  if (!found) notFound();
  const locale = await getLocale();
  const assignment = { ...found, unitTitle: (await unitTitlesIn(db(), locale))(found.unit, found.unitTitle) };
  const [progress, viewerZone, heatMap] = await Promise.all([
    classAssignmentProgress(db(), classroom.id, assignment.id),
    viewerTimeZone(),
    fetchHeatMap(db(), classroom.id, assignment.id, order, locale),
  ]);
  const students = progress.get(assignment.id) ?? [];
  const zone = viewerZone ?? assignment.timeZone;
  const now = new Date();
  const t = await getTranslations("assignments");
  const formError = reasonMessage(error, locale);

  return (
    <div className="space-y-6">
      <TimeZoneSync serverZone={viewerZone} />
      <p>
        <Link href={routes.teacherClass(classroom.id)} className={linkClass}>
          {t("page.back", { name: classroom.name })}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {t("title", { unit: assignment.unitTitle, mode: t("modes." + assignment.mode) })}
      </h1>
      <p>
        <DueTime at={assignment.dueAt} zone={zone} now={now} />{" "}
        <span className="text-stone-700 dark:text-stone-300">({zoneLabel(zone, assignment.dueAt)})</span>.{" "}
        {t.rich("page.countsFrom", {
          moment: () => <DueTime at={assignment.opensAt} zone={zone} now={now} kind="moment" />,
        })}
      </p>
      <section aria-labelledby="progress-title" className="space-y-3">
        <h2 id="progress-title" className="text-xl font-semibold">
          {t("page.progressTitle")}
        </h2>
        <AssignmentProgressBar counts={countStatuses(students.map((s) => s.status))} />
        <StudentsByStatus classId={classroom.id} students={students} />
      </section>
      <section aria-labelledby="heat-map-title" className="space-y-3">
        <h2 id="heat-map-title" className="text-xl font-semibold">
          {t("page.heatMapTitle")}
        </h2>
        {heatMap && (
          <HeatMapView
            map={heatMap}
            order={order}
            sortHref={(o) => `${path}${o === "difficulty" ? "?order=difficulty" : ""}#heat-map-title`}
            itemHref={(slug) => `${routes.classQuestions(classroom.id, assignment.unit)}#q-${slug}`}
          />
        )}
        <p>
          <a
            href={getPathname({ locale, href: routes.responsesCsv(classroom.id, assignment.id) })}
            download
            className={linkClass}
          >
            {t("page.download")}
          </a>
        </p>
      </section>
      <section aria-labelledby="edit-title" id="edit" className="space-y-3">
        <h2 id="edit-title" className="text-xl font-semibold">
          {t("page.editTitle")}
        </h2>
        <FormError message={formError} />
        <form
          method="post"
          action={routes.api.assignment(classroom.id, assignment.id, "edit")}
          className="grid gap-3 sm:grid-cols-2"
        >
          <AssignmentTimesFields
            idPrefix="edit"
            zone={zone}
            dueAt={toLocalInput(assignment.dueAt, zone)}
            opensAt={toLocalInput(assignment.opensAt, zone)}
            error={
              error === "dueAt" || error === "due-in-past"
                ? "dueAt"
                : error === "opensAt" || error === "opens-after-due"
                  ? "opensAt"
                  : null
            }
          />
          <div className="sm:col-span-2">
            <button type="submit" className={buttonClass}>
              {t("page.save")}
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="withdraw-title" className="space-y-3">
        <h2 id="withdraw-title" className="text-xl font-semibold">
          {t("page.withdrawTitle")}
        </h2>
        <p>{t("page.withdrawExplained")}</p>
        {confirm === "withdraw" ? (
          <div role="alert" className="space-y-2 rounded border-2 border-amber-700 p-3 dark:border-amber-400">
            <p>
              <strong>{t("page.withdrawQuestion", { name: classroom.name })}</strong>
            </p>
            <div className="flex flex-wrap gap-2">
              <form method="post" action={routes.api.assignment(classroom.id, assignment.id, "withdraw")}>
                <button type="submit" className={buttonClass}>
                  {t("page.withdrawYes")}
                </button>
              </form>
              <Link href={path} className={secondaryButtonClass}>
                {t("page.withdrawNo")}
              </Link>
            </div>
          </div>
        ) : (
          <Link href={`${path}?confirm=withdraw#withdraw-title`} className={secondaryButtonClass}>
            {t("page.withdraw")}
          </Link>
        )}
      </section>
    </div>
  );
}
