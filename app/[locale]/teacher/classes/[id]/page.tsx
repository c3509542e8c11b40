import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/ui/client-messages";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { linkClass, secondaryButtonClass } from "@/components/ui/styles";
import { StartLiveForm } from "@/components/live/start-live-form";
import { LiveScores } from "@/components/teacher/live-scores";
import { Roster } from "@/components/teacher/roster";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { listRoster } from "@/lib/classrooms/classrooms";
import { db } from "@/lib/db";
import { teacherClassForPage } from "@/lib/http/teacher-page-gate";
import { formatJoinCode } from "@/lib/classrooms/join-codes";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { reasonMessage } from "@/lib/http/reasons";
import { getUnits } from "@/lib/content/store";
import { unitTitlesIn } from "@/lib/reports/localized";
import { scoreModes } from "@/lib/reports/score-modes";
import { fetchScoreTable } from "@/lib/reports/score-table";
import { ScoreModeFilter } from "@/components/teacher/score-mode-filter";
import { z } from "zod";
import { ClassAssignments } from "@/components/assignments/class-assignments";
import { TimeZoneSync } from "@/components/assignments/time-zone";
import { listClassAssignments } from "@/lib/assignments/assignments";
import { classAssignmentProgress, withCounts } from "@/lib/assignments/progress";
import { DEFAULT_TIME_ZONE } from "@/lib/assignments/time";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teacher.class");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClassPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const error = query.error;
  const mode = z.enum(scoreModes).catch("all").parse(query.mode);
  const gate = await teacherClassForPage(id, routes.teacherClass(id));
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const { classroom } = gate;
  const locale = await getLocale();
  const [table, roster, assignments, progress, zone, units, titleIn, liveUnits] = await Promise.all([
    fetchScoreTable(db(), classroom.id, mode, locale),
    listRoster(db(), classroom.id),
    listClassAssignments(db(), classroom.id),
    classAssignmentProgress(db(), classroom.id),
    viewerTimeZone(),
    db().unit.findMany({ select: { id: true, title: true }, orderBy: { title: "asc" } }),
    unitTitlesIn(db(), locale),
    getUnits(db(), locale),
  ]);
  const t = await getTranslations("teacher.class");
  const formError = reasonMessage(error, locale);
  return (
    <div className="space-y-6">
      <p>
        <Link href={routes.teacher()} className={linkClass}>
          {t("allClasses")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{classroom.name}</h1>
      <p>
        {classroom.archivedAt ? (
          <strong>{t("archived")}</strong>
        ) : (
          <>
            {t("joinCode")}{" "}
            <span className="font-mono text-xl font-bold tracking-widest">{formatJoinCode(classroom.joinCode)}</span> ·{" "}
            {t("joinAt", { path: getPathname({ locale, href: routes.join() }) })}
          </>
        )}
      </p>
      <nav aria-label={t("tools")} className="flex flex-wrap gap-2">
        <Link href={routes.classQuestions(classroom.id)} className={secondaryButtonClass}>
          {t("itemAnalysis")}
        </Link>
        {!classroom.archivedAt && (
          <Link href={routes.joinSheet(classroom.id)} className={secondaryButtonClass}>
            {t("joinSheet")}
          </Link>
        )}
        <a
          href={getPathname({ locale, href: routes.scoresCsv(classroom.id) })}
          download
          className={secondaryButtonClass}
        >
          {t("downloadScores")}
        </a>
        <a
          href={getPathname({ locale, href: routes.responsesCsv(classroom.id) })}
          download
          className={secondaryButtonClass}
        >
          {t("downloadAnswers")}
        </a>
      </nav>
      {!classroom.archivedAt && (
        <section aria-labelledby="live-title">
          <h2 id="live-title" className="mb-2 text-xl font-semibold">
            {t("liveTitle")}
          </h2>
          <StartLiveForm
            classId={classroom.id}
            units={liveUnits.map((u) => ({ slug: u.meta.slug, title: u.meta.title }))}
          />
        </section>
      )}
      <section aria-labelledby="assignments-title">
        <TimeZoneSync serverZone={zone} />
        <h2 id="assignments-title" className="mb-2 text-xl font-semibold">
          {t("assignmentsTitle")}
        </h2>
        <ClassAssignments
          classId={classroom.id}
          assignments={withCounts(assignments, progress).map((a) => ({
            ...a,
            unitTitle: titleIn(a.unit, a.unitTitle),
          }))}
          units={units.map((u) => ({ id: u.id, title: titleIn(u.id, u.title) }))}
          zone={zone ?? DEFAULT_TIME_ZONE}
          error={formError ? { key: String(error), message: formError } : null}
          now={new Date()}
        />
      </section>
      <section aria-labelledby="scores-title">
        <h2 id="scores-title" className="mb-2 text-xl font-semibold">
          {t("scoresTitle")}
        </h2>
        <ScoreModeFilter classId={classroom.id} mode={mode} />
        <ClientMessages namespaces={["teacher", "reports"]}>
          <LiveScores key={mode} classId={classroom.id} initial={table} />
        </ClientMessages>
      </section>
      <section aria-labelledby="roster-title">
        <h2 id="roster-title" className="mb-2 text-xl font-semibold">
          {t("studentsTitle", { count: roster.length })}
        </h2>
        <Roster classId={classroom.id} students={roster} />
      </section>
    </div>
  );
}
