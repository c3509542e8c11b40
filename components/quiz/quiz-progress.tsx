import { modeLabels, type AttemptSummary } from "@/lib/quiz/types";

/** The quiz's name and how far the learner is; shared by the player and the page without JavaScript. */
export function QuizProgress({ attempt }: { attempt: AttemptSummary }) {
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-stone-700 dark:text-stone-300">{modeLabels[attempt.mode]}</p>
      <progress
        max={attempt.questionCount}
        value={attempt.answeredCount}
        aria-label={`${attempt.answeredCount} of ${attempt.questionCount} questions answered`}
        className="h-3 w-full accent-blue-700"
      />
      <p className="text-sm">
        {attempt.answeredCount} of {attempt.questionCount} answered
      </p>
    </div>
  );
}
