"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { withQueryClient } from "@/components/ui/query-provider";
import { buttonClass } from "@/components/ui/styles";
import { QuizPlayer } from "@/components/quiz/quiz-player";
import { attemptQuery, startAttempt, useErrorText } from "@/components/quiz/quiz-api";
import type { QuizMode } from "@/lib/quiz/types";
import { routes } from "@/lib/routes";

export type QuizChoice = {
  mode: QuizMode;
  label: string;
  description: string;
  /** Set when the learner has an unfinished attempt of this mode. */
  resume?: { answered: number; total: number };
};

type Props = { unit: string; choices: QuizChoice[]; autoStart?: QuizMode };

/** The quiz choices; choosing one starts (or resumes) an attempt and opens the player. */
export const QuizLauncher = withQueryClient(Launcher);

function Launcher({ unit, choices, autoStart }: Props) {
  const t = useTranslations("quiz.launcher");
  const errorText = useErrorText();
  const client = useQueryClient();
  const router = useRouter();
  const [attemptId, setAttemptId] = useState<string | null>(null);
  const started = useRef(false);

  const start = useMutation({
    mutationFn: (mode: QuizMode) => startAttempt(unit, mode),
    onSuccess: (state) => {
      client.setQueryData(attemptQuery(state.attempt.id).queryKey, state);
      setAttemptId(state.attempt.id);
    },
  });

  useEffect(() => {
    if (autoStart && !started.current && choices.some((c) => c.mode === autoStart)) {
      started.current = true;
      start.mutate(autoStart);
    }
  }, [autoStart, choices, start]);

  if (attemptId) {
    return (
      <QuizPlayer
        attemptId={attemptId}
        onClose={() => {
          start.reset();
          setAttemptId(null);
          // The choices were rendered on the server; "Resume" and "Review" may have changed.
          router.refresh();
        }}
      />
    );
  }

  return (
    <section aria-labelledby="choose-quiz" className="space-y-4">
      <h2 id="choose-quiz" className="text-xl font-bold">
        {t("title")}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {choices.map((choice) => (
          <li
            key={choice.mode}
            className="flex flex-col gap-3 rounded border border-stone-300 bg-white p-4 dark:border-stone-600 dark:bg-stone-800"
          >
            <h3 className="text-lg font-semibold">{choice.label}</h3>
            <p className="flex-1 text-sm">{choice.description}</p>
            {choice.resume && (
              <p className="text-sm font-medium">
                {t("inProgress", { answered: choice.resume.answered, total: choice.resume.total })}
              </p>
            )}
            {/* A real form, so the quiz starts without JavaScript too; with it, the player opens in place. */}
            <form
              method="post"
              action={routes.api.attempts()}
              className="self-start"
              onSubmit={(event) => {
                event.preventDefault();
                start.mutate(choice.mode);
              }}
            >
              <input type="hidden" name="unit" value={unit} />
              <input type="hidden" name="mode" value={choice.mode} />
              <button
                type="submit"
                disabled={start.isPending}
                aria-label={t(choice.resume ? "resumeLabel" : "startLabel", { quiz: choice.label })}
                className={buttonClass}
              >
                {t(choice.resume ? "resume" : "start")}
              </button>
            </form>
          </li>
        ))}
      </ul>
      {start.isPending && <p role="status">{t("preparing")}</p>}
      {start.isError && (
        <p role="alert" className="font-medium text-red-800 dark:text-red-300">
          <span aria-hidden="true">⚠ </span>
          {errorText(start.error)}
        </p>
      )}
    </section>
  );
}
