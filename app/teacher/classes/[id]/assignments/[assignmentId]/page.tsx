import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass, linkClass, secondaryButtonClass } from "@/components/ui/styles";
import { FormError } from "@/components/ui/form-error";
import { AssignmentProgressBar } from "@/components/assignments/progress-bar";
import { AssignmentTimesFields } from "@/components/assignments/assignment-times-fields";
import { StudentsByStatus } from "@/components/assignments/students-by-status";
import { TimeZoneSync } from "@/components/assignments/time-zone";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { findAssignment } from "@/lib/assignments/assignments";
import { pageLocale } from "@/lib/http/locale";
import { reasonMessage } from "@/lib/http/reasons";
import { classAssignmentProgress } from "@/lib/assignments/progress";
import { countStatuses } from "@/lib/assignments/status";
import { assignmentIdSchema, assignmentModeLabels } from "@/lib/assignments/schemas";
import { dueInWords, toLocalInput, zoneLabel } from "@/lib/assignments/time";
import { db } from "@/lib/db";
import { teacherClassForPage } from "@/lib/http/teacher-page-gate";
import { fetchHeatMap } from "@/lib/reports/heat-map";
import { HeatMapView } from "@/components/teacher/heat-map";

export const metadata: Metadata = { title: "Assignment" };

type Props = {
  params: Promise<{ id: string; assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AssignmentPage({ params, searchParams }: Props) {
  const { id, assignmentId } = await params;
  const { error, confirm, order: rawOrder } = await searchParams;
  const order = rawOrder === "difficulty" ? "difficulty" : "quiz";
  const path = `/teacher/classes/${id}/assignments/${assignmentId}`;
  const gate = await teacherClassForPage(id, path);
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const { classroom, teacher } = gate;
  const parsedId = assignmentIdSchema.safeParse(assignmentId);
  if (!parsedId.success) notFound();
  const assignment = await findAssignment(db(), teacher.id, classroom.id, parsedId.data);
  if (!assignment) notFound();
  const [progress, viewerZone, heatMap] = await Promise.all([
    classAssignmentProgress(db(), classroom.id, assignment.id),
    viewerTimeZone(),
    fetchHeatMap(db(), classroom.id, assignment.id, order),
  ]);
  const students = progress.get(assignment.id) ?? [];
  const zone = viewerZone ?? assignment.timeZone;
  const now = new Date();
  const formError = reasonMessage(error, await pageLocale());
  const api = `/api/classes/${classroom.id}/assignments/${assignment.id}`;

  return (
    <div className="space-y-6">
      <TimeZoneSync serverZone={viewerZone} />
      <p>
        <Link href={`/teacher/classes/${classroom.id}`} className={linkClass}>
          ← Back to {classroom.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {assignment.unitTitle}: {assignmentModeLabels[assignment.mode]}
      </h1>
      <p>
        <time dateTime={assignment.dueAt.toISOString()}>{dueInWords(assignment.dueAt, zone, now)}</time>{" "}
        <span className="text-stone-700 dark:text-stone-300">({zoneLabel(zone, assignment.dueAt)})</span>. Attempts started from{" "}
        <time dateTime={assignment.opensAt.toISOString()}>{dueInWords(assignment.opensAt, zone, now).replace(/^(was )?due /, "")}</time> count.
      </p>
      <section aria-labelledby="progress-title" className="space-y-3">
        <h2 id="progress-title" className="text-xl font-semibold">
          Progress
        </h2>
        <AssignmentProgressBar counts={countStatuses(students.map((s) => s.status))} />
        <StudentsByStatus classId={classroom.id} students={students} />
      </section>
      <section aria-labelledby="heat-map-title" className="space-y-3">
        <h2 id="heat-map-title" className="text-xl font-semibold">
          Question by question
        </h2>
        {heatMap && (
          <HeatMapView
            map={heatMap}
            order={order}
            sortHref={(o) => `${path}${o === "difficulty" ? "?order=difficulty" : ""}#heat-map-title`}
            itemHref={(slug) => `/teacher/classes/${classroom.id}/questions?unit=${assignment.unit}#q-${slug}`}
          />
        )}
        <p>
          <a href={`/teacher/classes/${classroom.id}/responses.csv?assignment=${assignment.id}`} download className={linkClass}>
            Download this assignment&apos;s answers (CSV)
          </a>
        </p>
      </section>
      <section aria-labelledby="edit-title" id="edit" className="space-y-3">
        <h2 id="edit-title" className="text-xl font-semibold">
          Change the times
        </h2>
        <FormError message={formError} />
        <form method="post" action={`${api}/edit`} className="grid gap-3 sm:grid-cols-2">
          <AssignmentTimesFields
            idPrefix="edit"
            zone={zone}
            dueAt={toLocalInput(assignment.dueAt, zone)}
            opensAt={toLocalInput(assignment.opensAt, zone)}
            error={error === "dueAt" || error === "due-in-past" ? "dueAt" : error === "opensAt" || error === "opens-after-due" ? "opensAt" : null}
          />
          <div className="sm:col-span-2">
            <button type="submit" className={buttonClass}>
              Save the new times
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="withdraw-title" className="space-y-3">
        <h2 id="withdraw-title" className="text-xl font-semibold">
          Withdraw
        </h2>
        <p>Students stop seeing this assignment. Their attempts and answers are kept.</p>
        {confirm === "withdraw" ? (
          <div role="alert" className="space-y-2 rounded border-2 border-amber-700 p-3 dark:border-amber-400">
            <p>
              <strong>Withdraw this assignment from {classroom.name}?</strong>
            </p>
            <div className="flex flex-wrap gap-2">
              <form method="post" action={`${api}/withdraw`}>
                <button type="submit" className={buttonClass}>
                  Yes, withdraw it
                </button>
              </form>
              <Link href={path} className={secondaryButtonClass}>
                No, keep it
              </Link>
            </div>
          </div>
        ) : (
          <Link href={`${path}?confirm=withdraw#withdraw-title`} className={secondaryButtonClass}>
            Withdraw this assignment…
          </Link>
        )}
      </section>
    </div>
  );
}
