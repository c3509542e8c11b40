import type { FormEventHandler } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { FormError } from "@/components/ui/form-error";
import { linkClass } from "@/components/ui/styles";
import { Lines, Verdict } from "@/components/quiz/answer-feedback";
import { AnswerForm } from "@/components/quiz/answer-form";
import { RevealPanel } from "@/components/live/reveal-panel";
import type { LiveMessage } from "@/lib/live/view";
import { routes } from "@/lib/routes";

type Tally = Extract<LiveMessage, { type: "tally" }>;

export type StudentViewProps = {
  sessionId: string;
  code: string;
  main: LiveMessage;
  tally: Tally | null;
  error: string | null;
  /** Set once this device's answer was accepted, before the stream confirms it. */
  received?: boolean;
  onAnswer?: FormEventHandler<HTMLFormElement>;
};

/** Without JavaScript the page reloads itself while there is nothing to do but wait. */
function ReloadWhileWaiting() {
  const t = useTranslations("live.student");
  return (
    <noscript>
      <meta httpEquiv="refresh" content="5" />
      <p className="text-sm">
        {t("reloadNote")} <a href="">{t("checkNow")}</a>
      </p>
    </noscript>
  );
}

/** A student's device in a live session: the question on the projector, then its reveal. */
export function StudentView({ sessionId, code, main, tally, error, received, onAnswer }: StudentViewProps) {
  const t = useTranslations("live.student");
  const progress = (index: number, total: number) => (
    <p className="text-sm font-medium text-stone-700 dark:text-stone-300">
      {t("progress", { number: index + 1, total })}
    </p>
  );
  const errorBox = <FormError message={error} id="live-error" />;
  switch (main.type) {
    case "tally":
      return (
        <div className="space-y-3" aria-live="polite">
          {errorBox}
          <p className="text-xl font-semibold">{t("lobby")}</p>
          <p>{t("devicesJoined", { count: main.devices })}</p>
          <ReloadWhileWaiting />
        </div>
      );
    case "question": {
      const answered = received || (main.yourAnswer !== undefined && main.yourAnswer !== null);
      return (
        <div className="space-y-4">
          {progress(main.index, main.total)}
          {errorBox}
          {answered ? (
            <div className="space-y-3" aria-live="polite">
              <h2 className="text-xl font-bold">{main.question.prompt}</h2>
              <p
                role="status"
                className="rounded border-2 border-blue-700 px-3 py-2 text-lg font-semibold dark:border-blue-400"
              >
                <span aria-hidden="true">✓ </span>
                {t("received")}
              </p>
              {main.yourAnswer && (
                <div>
                  <p className="font-semibold">{t("yourAnswer")}</p>
                  <Lines lines={main.yourAnswer.lines} ordered={main.question.type === "order"} />
                </div>
              )}
              {tally && tally.questionId === main.question.id && (
                <p>{t("answeredSoFar", { answered: tally.answered, devices: tally.devices })}</p>
              )}
              <ReloadWhileWaiting />
            </div>
          ) : (
            <AnswerForm
              key={main.question.id}
              action={routes.api.liveAnswers(sessionId)}
              hidden={{ code }}
              question={main.question}
              errorId={error ? "live-error" : undefined}
              submitLabel={t("send")}
              onSubmit={onAnswer}
            />
          )}
        </div>
      );
    }
    case "reveal":
      return (
        <div className="space-y-4">
          {progress(main.index, main.total)}
          {errorBox}
          <h2 className="text-xl font-bold">{main.question.prompt}</h2>
          <div className="rounded border border-stone-300 p-3 dark:border-stone-600">
            {main.yourAnswer ? (
              <>
                <p className="text-lg font-bold">
                  <Verdict correct={main.yourAnswer.correct ?? false} />
                </p>
                <p className="font-semibold">{t("yourAnswer")}</p>
                <Lines lines={main.yourAnswer.lines} ordered={main.question.type === "order"} />
              </>
            ) : (
              <p>{t("noAnswer")}</p>
            )}
          </div>
          <RevealPanel reveal={main} />
          <ReloadWhileWaiting />
        </div>
      );
    case "ended":
      return (
        <div className="space-y-3">
          <h2 className="text-xl font-bold">{t("ended")}</h2>
          {main.yourScore && (
            <p className="text-lg">
              {t("score", { answered: main.yourScore.answered, total: main.total, correct: main.yourScore.correct })}
            </p>
          )}
          <p>{t("countsTowards")}</p>
          <p>
            <Link href={routes.progress()} className={linkClass}>
              {t("seeProgress")}
            </Link>
          </p>
        </div>
      );
  }
}
