import { useTranslations } from "next-intl";
import type { AttemptSummary } from "@/lib/quiz/types";

/** The quiz's name and how far the learner is; shared by the player and the page without JavaScript. */
export function QuizProgress({ attempt }: { attempt: AttemptSummary }) {
  const t = useTranslations("quiz");
  const counts = { answered: attempt.answeredCount, total: attempt.questionCount };
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-stone-700 dark:text-stone-300">{t(`modes.${attempt.mode}`)}</p>
      <progress
        max={attempt.questionCount}
        value={attempt.answeredCount}
        aria-label={t("progress.label", counts)}
        className="h-3 w-full accent-blue-700"
      />
      <p className="text-sm">{t("progress.text", counts)}</p>
    </div>
  );
}
