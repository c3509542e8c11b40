import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { attemptParams } from "@/app/api/attempts/params";
import { FormError } from "@/components/ui/form-error";
import { Link } from "@/lib/i18n/navigation";
import { AnswerFeedback } from "@/components/quiz/answer-feedback";
import { AnswerForm } from "@/components/quiz/answer-form";
import { buttonClass } from "@/components/ui/styles";
import { QuizProgress } from "@/components/quiz/quiz-progress";
import { QuizResult } from "@/components/quiz/quiz-result";
import { currentUser } from "@/lib/http/session";
import { getUnit } from "@/lib/content/store";
import { unitTitlesIn } from "@/lib/reports/localized";
import { localizeUnit } from "@/lib/content/localize";
import { slug } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { attemptState, findOwnAttempt } from "@/lib/quiz/attempts";
import { reasonMessage } from "@/lib/http/reasons";
import { routes } from "@/lib/routes";
import { studentAssignments } from "@/lib/assignments/progress";
import type { NextAssignment } from "@/components/quiz/quiz-result";
import { dueWords } from "@/components/assignments/in-locale";

type Props = {
  params: Promise<{ unit: string; attempt: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const paramsSchema = attemptParams.extend({ unit: slug });
// ?answered= names the question whose feedback to show, ?error= a refused form; both come from
// the answer and finish forms, which post without JavaScript.
const searchSchema = z.object({
  answered: z.string().max(100).optional().catch(undefined),
  error: z.string().max(40).optional().catch(undefined),
});

/** A student's soonest assignment still to hand in, other than the quiz just finished. */
async function nextAssignment(unit: string, mode: string): Promise<NextAssignment | null> {
  const user = await currentUser();
  if (user?.role !== "student") return null;
  const now = new Date();
  const next = (await studentAssignments(db(), user.id, now)).find(
    (a) => (a.status === "not-started" || a.status === "in-progress") && !(a.unit === unit && a.mode === mode),
  );
  if (!next) return null;
  const [locale, t] = await Promise.all([getLocale(), getTranslations("studentAssignments")]);
  const title = `${(await unitTitlesIn(db(), locale))(next.unit, next.unitTitle)}: ${t(`modes.${next.mode}`)}`;
  return { unit: next.unit, mode: next.mode, title, due: await dueWords(next.dueAt, next.timeZone, now) };
}

/** The signed-in learner's attempt in this unit; anyone else's is "not found", like a missing one. */
async function ownAttemptState(params: unknown) {
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) return null;
  const user = await currentUser();
  const row = await findOwnAttempt(db(), user?.id, parsed.data.attempt);
  if (!row || row.unitId !== parsed.data.unit) return null;
  return attemptState(db(), row, await getLocale());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [unit, locale, t] = await Promise.all([
    params.then((p) => slug.safeParse(p.unit)),
    getLocale(),
    getTranslations("quiz"),
  ]);
  const found = unit.success ? await getUnit(db(), unit.data) : undefined;
  return { title: found ? t("metaTitle", { unit: localizeUnit(found, locale).meta.title }) : t("quizNotFound") };
}

export default async function AttemptPage({ params, searchParams }: Props) {
  const state = await ownAttemptState(await params);
  if (!state) notFound();
  const { answered, error } = searchSchema.parse(await searchParams);
  const { attempt, questions, feedback, result } = state;

  // Feedback (and so the key) exists only for questions answered in this attempt.
  const last = answered && Object.hasOwn(feedback, answered) ? feedback[answered] : undefined;
  const lastQuestion = last && questions.find((q) => q.id === last.questionId);
  const nextIndex = questions.findIndex((q) => !Object.hasOwn(feedback, q.id));
  const next = questions[nextIndex];
  const message = reasonMessage(error, await getLocale());
  const t = await getTranslations("quiz");

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link
          href={routes.quiz(attempt.unit)}
          className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300"
        >
          {t("allQuizzes", { unit: attempt.unitTitle })}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold">{t("heading", { unit: attempt.unitTitle })}</h1>
      <FormError id="quiz-error" message={message} />
      {result ? (
        <QuizResult
          result={result}
          againHref={routes.quiz(attempt.unit)}
          next={await nextAssignment(attempt.unit, attempt.mode)}
          retry={{ attemptId: attempt.id, unit: attempt.unit }}
        />
      ) : (
        <>
          <QuizProgress attempt={attempt} />
          {last && lastQuestion && (
            <section aria-labelledby="last-answer" className="space-y-3">
              <h2 id="last-answer" className="text-xl font-bold">
                {t("attempt.yourAnswerTo", { prompt: lastQuestion.prompt })}
              </h2>
              <AnswerFeedback feedback={last} ordered={lastQuestion.type === "order"} />
            </section>
          )}
          {next ? (
            <section aria-labelledby="question-heading" className="space-y-4">
              <h2 id="question-heading" className="text-xl font-bold">
                {t("player.questionOf", { number: nextIndex + 1, total: questions.length })}
              </h2>
              <AnswerForm
                attemptId={attempt.id}
                unit={attempt.unit}
                question={next}
                errorId={message ? "quiz-error" : undefined}
              />
            </section>
          ) : (
            <section aria-labelledby="finish-heading" className="space-y-4">
              <h2 id="finish-heading" className="text-xl font-bold">
                {t("attempt.allAnswered")}
              </h2>
              <form method="post" action={routes.api.finish(attempt.id)}>
                <input type="hidden" name="unit" value={attempt.unit} />
                <button type="submit" className={buttonClass}>
                  {t("attempt.seeScore")}
                </button>
              </form>
            </section>
          )}
        </>
      )}
    </div>
  );
}
