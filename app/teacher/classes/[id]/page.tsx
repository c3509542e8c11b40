import type { Metadata } from "next";
import Link from "next/link";
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
import { pageLocale } from "@/lib/http/locale";
import { reasonMessage } from "@/lib/http/reasons";
import { fetchScoreTable, scoreModes } from "@/lib/reports/score-table";
import { ScoreModeFilter } from "@/components/teacher/score-mode-filter";
import { z } from "zod";
import { ClassAssignments } from "@/components/assignments/class-assignments";
import { TimeZoneSync } from "@/components/assignments/time-zone";
import { listClassAssignments } from "@/lib/assignments/assignments";
import { classAssignmentProgress, withCounts } from "@/lib/assignments/progress";
import { DEFAULT_TIME_ZONE } from "@/lib/assignments/time";

export const metadata: Metadata = { title: "Class" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClassPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const error = query.error;
  const mode = z.enum(scoreModes).catch("all").parse(query.mode);
  const gate = await teacherClassForPage(id, `/teacher/classes/${id}`);
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const { classroom } = gate;
  const [table, roster, assignments, progress, zone, units] = await Promise.all([
    fetchScoreTable(db(), classroom.id, mode),
    listRoster(db(), classroom.id),
    listClassAssignments(db(), classroom.id),
    classAssignmentProgress(db(), classroom.id),
    viewerTimeZone(),
    db().unit.findMany({ select: { id: true, title: true }, orderBy: { title: "asc" } }),
  ]);
  const formError = reasonMessage(error, await pageLocale());
  return (
    <div className="space-y-6">
      <p>
        <Link href="/teacher" className={linkClass}>
          ← All classes
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{classroom.name}</h1>
      <p>
        {classroom.archivedAt ? (
          <strong>This class is archived: students cannot join it.</strong>
        ) : (
          <>
            Join code <span className="font-mono text-xl font-bold tracking-widest">{formatJoinCode(classroom.joinCode)}</span> · students
            join at /join
          </>
        )}
      </p>
      <nav aria-label="Class tools" className="flex flex-wrap gap-2">
        <Link href={`/teacher/classes/${classroom.id}/questions`} className={secondaryButtonClass}>
          Item analysis and misconceptions
        </Link>
        {!classroom.archivedAt && (
          <Link href={`/teacher/classes/${classroom.id}/join-sheet`} className={secondaryButtonClass}>
            Printable join sheet
          </Link>
        )}
        <a href={`/teacher/classes/${classroom.id}/scores.csv`} download className={secondaryButtonClass}>
          Download scores (CSV)
        </a>
        <a href={`/teacher/classes/${classroom.id}/responses.csv`} download className={secondaryButtonClass}>
          Download every answer (CSV)
        </a>
      </nav>
      {!classroom.archivedAt && (
        <section aria-labelledby="live-title">
          <h2 id="live-title" className="mb-2 text-xl font-semibold">
            Live session on the projector
          </h2>
          <StartLiveForm classId={classroom.id} />
        </section>
      )}
      <section aria-labelledby="assignments-title">
        <TimeZoneSync serverZone={zone} />
        <h2 id="assignments-title" className="mb-2 text-xl font-semibold">
          Assignments
        </h2>
        <ClassAssignments
          classId={classroom.id}
          assignments={withCounts(assignments, progress)}
          units={units}
          zone={zone ?? DEFAULT_TIME_ZONE}
          error={formError ? { key: String(error), message: formError } : null}
          now={new Date()}
        />
      </section>
      <section aria-labelledby="scores-title">
        <h2 id="scores-title" className="mb-2 text-xl font-semibold">
          Scores
        </h2>
        <ScoreModeFilter classId={classroom.id} mode={mode} />
        <LiveScores key={mode} classId={classroom.id} initial={table} />
      </section>
      <section aria-labelledby="roster-title">
        <h2 id="roster-title" className="mb-2 text-xl font-semibold">
          Students ({roster.length})
        </h2>
        <Roster classId={classroom.id} students={roster} />
      </section>
    </div>
  );
}
