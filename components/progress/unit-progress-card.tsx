import Link from "next/link";
import { masteryLabel } from "@/lib/progress/mastery";
import type { UnitProgress } from "@/lib/progress/summary";
import { buttonClass } from "@/components/ui/styles";

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

const reviewTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function UnitProgressCard({ progress }: { progress: UnitProgress }) {
  const quizHref = `/units/${progress.unitId}/quiz`;
  return (
    <article aria-labelledby={`unit-${progress.unitId}`} className="space-y-3 rounded border border-stone-300 bg-white p-4 dark:border-stone-600 dark:bg-stone-800">
      <h2 id={`unit-${progress.unitId}`} className="text-xl font-bold">
        <Link href={`/units/${progress.unitId}`} className="underline-offset-4 hover:underline">
          {progress.title}
        </Link>
      </h2>
      <p>
        Mastery: <strong>{masteryLabel(progress.mastery)}</strong>
      </p>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <div>
          <dt className="text-sm text-stone-700 dark:text-stone-300">Events read</dt>
          <dd className="text-lg font-semibold">
            {progress.eventsRead} of {progress.eventsTotal}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700 dark:text-stone-300">Quizzes finished</dt>
          <dd className="text-lg font-semibold">{progress.finishedAttempts}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700 dark:text-stone-300">Best score</dt>
          <dd className="text-lg font-semibold">{percent(progress.bestScore)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700 dark:text-stone-300">Last score</dt>
          <dd className="text-lg font-semibold">{percent(progress.lastScore)}</dd>
        </div>
      </dl>
      {progress.reviewDue > 0 ? (
        <p className="flex flex-wrap items-center gap-3">
          <span>
            {progress.reviewDue} {progress.reviewDue === 1 ? "question is" : "questions are"} due for review.
          </span>
          <Link
            href={`${quizHref}?start=review`}
            className={buttonClass}
          >
            Review now<span className="sr-only">: {progress.title}</span>
          </Link>
        </p>
      ) : (
        progress.nextReviewAt && <p className="text-sm">Next review due {reviewTime.format(progress.nextReviewAt)} (UTC).</p>
      )}
      <p>
        <Link href={quizHref} className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300">
          Take a quiz<span className="sr-only"> on {progress.title}</span>
        </Link>
      </p>
    </article>
  );
}
