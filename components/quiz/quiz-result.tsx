import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { EventLinks, Lines, useAnswerLines, Verdict } from "@/components/quiz/answer-feedback";
import type { AttemptResult } from "@/lib/quiz/types";
import { buttonClass } from "@/components/ui/styles";
import { routes } from "@/lib/routes";

// The player closes itself to choose again; the page rendered without JavaScript links to the choices.
type Again = { onAgain(): void; againHref?: never } | { onAgain?: never; againHref: string };
/** The student's next assignment to do, when there is one (the server-rendered page knows it). */
export type NextAssignment = { unit: string; mode: string; title: string; due: string };
/** Where "Retry the ones I missed" posts (a plain form, so it works without JavaScript). */
type Retry = { attemptId: string; unit: string };
type Props = {
  result: AttemptResult;
  headingRef?: React.Ref<HTMLHeadingElement>;
  next?: NextAssignment | null;
  retry?: Retry;
} & Again;

const againClass = buttonClass;

export function QuizResult({ result, headingRef, onAgain, againHref, next, retry }: Props) {
  const t = useTranslations("quiz.result");
  const words = useAnswerLines();
  const percent = Math.round(result.share * 100);
  const points = Math.round(result.points * 100) / 100;
  return (
    <section aria-labelledby="quiz-result" className="space-y-6">
      <h2 id="quiz-result" ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
        {t("score", { points, total: result.total, share: percent / 100 })}
      </h2>
      {/* The numbers are in the heading; the bar repeats them for the eye. */}
      <div
        aria-hidden="true"
        className="h-5 w-full max-w-md overflow-hidden rounded border border-stone-500 bg-stone-100 dark:bg-stone-800"
      >
        <div className="h-full bg-green-700 dark:bg-green-400" style={{ width: `${percent}%` }} />
      </div>
      <p>{t(points > result.correct ? "fullyRightAndPart" : "fullyRight", { count: result.correct })}</p>

      {result.readAgain.length > 0 && (
        <section aria-labelledby="read-again" className="space-y-2">
          <h3 id="read-again" className="text-xl font-semibold">
            {t("readAgain")}
          </h3>
          <EventLinks events={result.readAgain} />
        </section>
      )}

      <section aria-labelledby="review" className="space-y-3">
        <h3 id="review" className="text-xl font-semibold">
          {t("byQuestion")}
        </h3>
        <ol className="space-y-3">
          {result.review.map((item, index) => (
            <li
              key={item.questionId}
              className="space-y-2 rounded border border-stone-300 bg-white p-3 dark:border-stone-600 dark:bg-stone-800"
            >
              <p className="font-semibold">
                {index + 1}. {item.prompt}
              </p>
              <p className="font-semibold">
                {item.answered ? (
                  <Verdict correct={item.correct} partial={item.partial} score={item.score} />
                ) : (
                  t("notAnswered")
                )}
              </p>
              {item.answered && (
                <div>
                  <span className="font-medium">{t("yourAnswer")}</span>
                  {/* A review item carries the key's value, not the learner's: a true/false answer is the key or its opposite. */}
                  <Lines
                    lines={words(
                      item.answerLines,
                      typeof item.correctAnswer.value === "boolean"
                        ? item.correctAnswer.value === item.correct
                        : undefined,
                    )}
                  />
                </div>
              )}
              {!item.correct && (
                <div>
                  <span className="font-medium">{t("correctAnswer")}</span>
                  <Lines lines={words(item.correctAnswer.lines, item.correctAnswer.value)} />
                </div>
              )}
              <p className="text-sm">{item.explanation}</p>
            </li>
          ))}
        </ol>
      </section>

      {retry && result.review.some((r) => !r.correct) && (
        <form method="post" action={routes.api.retry(retry.attemptId)}>
          <input type="hidden" name="unit" value={retry.unit} />
          <button type="submit" className={againClass}>
            {t("retry")}
          </button>
        </form>
      )}

      {next && (
        <section
          aria-labelledby="next-assignment"
          className="space-y-2 rounded border border-stone-300 p-3 dark:border-stone-600"
        >
          <h3 id="next-assignment" className="text-xl font-semibold">
            {t("nextAssignment")}
          </h3>
          <p>{t("nextLine", { title: next.title, due: next.due })}</p>
          <form method="post" action={routes.api.attempts()}>
            <input type="hidden" name="unit" value={next.unit} />
            <input type="hidden" name="mode" value={next.mode} />
            <button type="submit" className={againClass}>
              {t("startNext")}
            </button>
          </form>
        </section>
      )}

      <div className="flex flex-wrap gap-3">
        {onAgain ? (
          <button type="button" onClick={onAgain} className={againClass}>
            {t("chooseAnother")}
          </button>
        ) : (
          <Link href={againHref} className={againClass}>
            {t("chooseAnother")}
          </Link>
        )}
        <Link
          href={routes.progress()}
          className="inline-flex min-h-11 items-center rounded border border-stone-400 px-5 font-semibold dark:border-stone-500"
        >
          {t("seeProgress")}
        </Link>
      </div>
    </section>
  );
}
