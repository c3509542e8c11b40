import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { linkClass } from "@/components/ui/styles";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { idSchema } from "@/lib/classrooms/schemas";
import { db } from "@/lib/db";
import { teacherClassForPage } from "@/lib/http/teacher-page-gate";
import { ATTEMPTS_SHOWN, fetchStudentAttempts } from "@/lib/reports/student-attempts";

export const metadata: Metadata = { title: "Student's answers" };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const modeLabel: Record<string, string> = { unit: "Whole-unit quiz", faq: "Quick check", review: "Review" };

export default async function StudentAttemptsPage({ params }: { params: Promise<{ id: string; enrollmentId: string }> }) {
  const { id, enrollmentId } = await params;
  const gate = await teacherClassForPage(id, `/teacher/classes/${id}/students/${enrollmentId}`);
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const parsedEnrollment = idSchema.safeParse(enrollmentId);
  if (!parsedEnrollment.success) notFound();
  const student = await fetchStudentAttempts(db(), gate.classroom.id, parsedEnrollment.data);
  if (!student) notFound();
  return (
    <div className="space-y-4">
      <p>
        <Link href={`/teacher/classes/${gate.classroom.id}`} className={linkClass}>
          ← Back to {gate.classroom.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{student.displayName}: attempts and answers</h1>
      {student.attempts.length === 0 ? (
        <p>No quiz attempts yet.</p>
      ) : (
        <>
          <p className="text-sm">The {ATTEMPTS_SHOWN} most recent attempts are shown, newest first. Times are UTC.</p>
          <ol className="space-y-4">
            {student.attempts.map((a) => (
              <li key={a.id} className="rounded border border-stone-300 p-3 dark:border-stone-700">
                <h2 className="text-lg font-semibold">
                  {a.unitTitle} — {modeLabel[a.mode] ?? a.mode}
                </h2>
                <p className="text-sm">
                  Started {dateTime.format(a.startedAt)} ·{" "}
                  {a.finishedAt
                    ? `finished, ${Math.round(a.score * 100) / 100} of ${a.questionCount} points (${a.questionCount ? Math.round((a.score / a.questionCount) * 100) : 0}%)`
                    : `not finished (${a.answers.length} of ${a.questionCount} answered)`}
                </p>
                {a.answers.length > 0 && (
                  <ol className="mt-2 list-decimal space-y-2 pl-6">
                    {a.answers.map((r) => (
                      <li key={r.questionId}>
                        <p className="font-medium">{r.prompt}</p>
                        <p>
                          <span className="font-semibold">{r.correct ? "✓ Correct:" : r.score > 0 ? `◐ Partly right (${Math.round(r.score * 100)}% of the point):` : "✗ Wrong:"}</span> {r.answer}
                        </p>
                        {r.rightAnswer !== null && <p className="text-sm">Right answer: {r.rightAnswer}</p>}
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
