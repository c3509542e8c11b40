import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { attemptParams } from "@/app/api/attempts/params";
import { FormError } from "@/components/ui/form-error";
import { AnswerFeedback } from "@/components/quiz/answer-feedback";
import { AnswerForm } from "@/components/quiz/answer-form";
import { buttonClass } from "@/components/ui/styles";
import { QuizProgress } from "@/components/quiz/quiz-progress";
import { QuizResult } from "@/components/quiz/quiz-result";
import { currentUser } from "@/lib/http/session";
import { getUnit } from "@/lib/content/load";
import { slug } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { attemptState, findOwnAttempt } from "@/lib/quiz/attempts";
import { pageLocale } from "@/lib/http/locale";
import { reasonMessage } from "@/lib/http/reasons";
import { routes } from "@/lib/routes";
import { studentAssignments } from "@/lib/assignments/progress";
import { assignmentModeLabels } from "@/lib/assignments/schemas";
import { dueInWords } from "@/lib/assignments/time";
import type { NextAssignment } from "@/components/quiz/quiz-result";

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

/** The signed-in learner's attempt in this unit; anyone else's is "not found", like a missing one. */
/** A student's soonest assignment still to hand in, other than the quiz just finished. */
async function nextAssignment(unit: string, mode: string): Promise<NextAssignment | null> {
  const user = await currentUser();
  if (user?.role !== "student") return null;
  const now = new Date();
  const next = (await studentAssignments(db(), user.id, now)).find(
    (a) => (a.status === "not-started" || a.status === "in-progress") && !(a.unit === unit && a.mode === mode),
  );
  return next ? { unit: next.unit, mode: next.mode, title: `${next.unitTitle}: ${assignmentModeLabels[next.mode]}`, due: dueInWords(next.dueAt, next.timeZone, now) } : null;
}

async function ownAttemptState(params: unknown) {
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) return null;
  const user = await currentUser();
  const row = await findOwnAttempt(db(), user?.id, parsed.data.attempt);
  if (!row || row.unitId !== parsed.data.unit) return null;
  return attemptState(db(), row);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unit = slug.safeParse((await params).unit);
  const title = unit.success ? getUnit(unit.data)?.meta.title : undefined;
  return { title: title ? `Quiz: ${title}` : "Quiz not found" };
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
  const message = reasonMessage(error, await pageLocale());

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={routes.quiz(attempt.unit)} className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300">
          ← All quizzes: {attempt.unitTitle}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold">Check yourself: {attempt.unitTitle}</h1>
      <FormError id="quiz-error" message={message} />
      {result ? (
        <QuizResult result={result} againHref={routes.quiz(attempt.unit)} next={await nextAssignment(attempt.unit, attempt.mode)} retry={{ attemptId: attempt.id, unit: attempt.unit }} />
      ) : (
        <>
          <QuizProgress attempt={attempt} />
          {last && lastQuestion && (
            <section aria-labelledby="last-answer" className="space-y-3">
              <h2 id="last-answer" className="text-xl font-bold">
                Your answer to “{lastQuestion.prompt}”
              </h2>
              <AnswerFeedback feedback={last} ordered={lastQuestion.type === "order"} />
            </section>
          )}
          {next ? (
            <section aria-labelledby="question-heading" className="space-y-4">
              <h2 id="question-heading" className="text-xl font-bold">
                Question {nextIndex + 1} of {questions.length}
              </h2>
              <AnswerForm attemptId={attempt.id} unit={attempt.unit} question={next} errorId={message ? "quiz-error" : undefined} />
            </section>
          ) : (
            <section aria-labelledby="finish-heading" className="space-y-4">
              <h2 id="finish-heading" className="text-xl font-bold">
                You have answered every question
              </h2>
              <form method="post" action={`/api/attempts/${attempt.id}/finish`}>
                <input type="hidden" name="unit" value={attempt.unit} />
                <button type="submit" className={buttonClass}>
                  See your score
                </button>
              </form>
            </section>
          )}
        </>
      )}
    </div>
  );
}
