import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { linkClass } from "@/components/ui/styles";
import { answerWords } from "@/components/teacher/answer-words";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { idSchema } from "@/lib/classrooms/schemas";
import { db } from "@/lib/db";
import { intlLocale } from "@/lib/i18n/dates";
import { teacherClassForPage } from "@/lib/http/teacher-page-gate";
import { ATTEMPTS_SHOWN, fetchStudentAttempts } from "@/lib/reports/student-attempts";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teacher.student");
  return { title: t("title") };
}

const modes = new Set(["unit", "faq", "review"]);

export default async function StudentAttemptsPage({
  params,
}: {
  params: Promise<{ id: string; enrollmentId: string }>;
}) {
  const { id, enrollmentId } = await params;
  const gate = await teacherClassForPage(id, routes.classStudent(id, enrollmentId));
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const parsedEnrollment = idSchema.safeParse(enrollmentId);
  if (!parsedEnrollment.success) notFound();
  const [t, words, locale] = await Promise.all([getTranslations("teacher.student"), answerWords(), getLocale()]);
  const student = await fetchStudentAttempts(db(), gate.classroom.id, parsedEnrollment.data, locale, words);
  if (!student) notFound();
  const dateTime = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
    hourCycle: "h23",
  });
  return (
    <div className="space-y-4">
      <p>
        <Link href={routes.teacherClass(gate.classroom.id)} className={linkClass}>
          {t("back", { name: gate.classroom.name })}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("heading", { name: student.displayName })}</h1>
      {student.attempts.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p className="text-sm">{t("shown", { count: ATTEMPTS_SHOWN })}</p>
          <ol className="space-y-4">
            {student.attempts.map((a) => (
              <li key={a.id} className="rounded border border-stone-300 p-3 dark:border-stone-700">
                <h2 className="text-lg font-semibold">
                  {a.unitTitle} — {modes.has(a.mode) ? t("mode." + a.mode) : a.mode}
                </h2>
                <p className="text-sm">
                  {t("started", { date: dateTime.format(a.startedAt) })} ·{" "}
                  {a.finishedAt
                    ? t("finished", {
                        score: Math.round(a.score * 100) / 100,
                        total: a.questionCount,
                        share: a.questionCount ? a.score / a.questionCount : 0,
                      })
                    : t("notFinished", { answered: a.answers.length, total: a.questionCount })}
                </p>
                {a.answers.length > 0 && (
                  <ol className="mt-2 list-decimal space-y-2 pl-6">
                    {a.answers.map((r) => (
                      <li key={r.questionId}>
                        <p className="font-medium">{r.prompt}</p>
                        <p>
                          <span className="font-semibold">
                            {r.correct ? t("correct") : r.score > 0 ? t("partly", { share: r.score }) : t("wrong")}
                          </span>{" "}
                          {r.answer}
                        </p>
                        {r.rightAnswer !== null && (
                          <p className="text-sm">{t("rightAnswer", { answer: r.rightAnswer })}</p>
                        )}
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
