import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { UnitProgress } from "@/lib/progress/summary";
import { buttonClass } from "@/components/ui/styles";
import { intlLocale } from "@/lib/i18n/dates";
import { isLocale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

/** `progress.title` is expected in the page's language (the page looks it up in the content). */
export function UnitProgressCard({ progress }: { progress: UnitProgress }) {
  const t = useTranslations("progress.card");
  const mastery = useTranslations("progress.mastery.levels");
  const locale = useLocale();
  const tag = intlLocale(isLocale(locale) ? locale : "en");
  const percent = (share: number | null) =>
    share === null
      ? t("noScore")
      : new Intl.NumberFormat(tag, { style: "percent" }).format(Math.round(share * 100) / 100);
  const reviewTime = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const quizHref = routes.quiz(progress.unitId);
  return (
    <article
      aria-labelledby={`unit-${progress.unitId}`}
      className="space-y-3 rounded border border-stone-300 bg-white p-4 dark:border-stone-600 dark:bg-stone-800"
    >
      <h2 id={`unit-${progress.unitId}`} className="text-xl font-bold">
        <Link href={routes.unit(progress.unitId)} className="underline-offset-4 hover:underline">
          {progress.title}
        </Link>
      </h2>
      <p>
        {t.rich("mastery", {
          level: mastery(`${progress.mastery}.label`),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <div>
          <dt className="text-sm text-stone-700 dark:text-stone-300">{t("eventsRead")}</dt>
          <dd className="text-lg font-semibold">
            {t("eventsReadValue", { read: progress.eventsRead, total: progress.eventsTotal })}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700 dark:text-stone-300">{t("quizzesFinished")}</dt>
          <dd className="text-lg font-semibold">{progress.finishedAttempts}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700 dark:text-stone-300">{t("bestScore")}</dt>
          <dd className="text-lg font-semibold">{percent(progress.bestScore)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700 dark:text-stone-300">{t("lastScore")}</dt>
          <dd className="text-lg font-semibold">{percent(progress.lastScore)}</dd>
        </div>
      </dl>
      {progress.reviewDue > 0 ? (
        <p className="flex flex-wrap items-center gap-3">
          <span>{t("reviewDue", { count: progress.reviewDue })}</span>
          <Link href={`${quizHref}?start=review`} className={buttonClass}>
            {t("reviewNow")}
            <span className="sr-only">: {progress.title}</span>
          </Link>
        </p>
      ) : (
        progress.nextReviewAt && (
          <p className="text-sm">{t("nextReview", { time: reviewTime.format(progress.nextReviewAt) })}</p>
        )
      )}
      <p>
        <Link href={quizHref} className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300">
          {t("takeQuiz")}
          <span className="sr-only">{t("takeQuizOn", { unit: progress.title })}</span>
        </Link>
      </p>
    </article>
  );
}
