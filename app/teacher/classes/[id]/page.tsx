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
import { fetchScoreTable } from "@/lib/reports/score-table";
import { formatJoinCode } from "@/lib/classrooms/join-codes";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const gate = await teacherClassForPage(id, `/teacher/classes/${id}`);
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const { classroom } = gate;
  const [table, roster] = await Promise.all([fetchScoreTable(db(), classroom.id), listRoster(db(), classroom.id)]);
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
      </nav>
      {!classroom.archivedAt && (
        <section aria-labelledby="live-title">
          <h2 id="live-title" className="mb-2 text-xl font-semibold">
            Live session on the projector
          </h2>
          <StartLiveForm classId={classroom.id} />
        </section>
      )}
      <section aria-labelledby="scores-title">
        <h2 id="scores-title" className="mb-2 text-xl font-semibold">
          Scores
        </h2>
        <LiveScores classId={classroom.id} initial={table} />
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
