import { getLocale, getTranslations } from "next-intl/server";
import { browserLocale } from "@/lib/http/locale";
import { currentUser } from "@/lib/http/session";
import { getUnits } from "@/lib/content/store";
import { localizeUnit } from "@/lib/content/localize";
import { getLearnerProgress, type UnitProgress } from "@/lib/progress/summary";
import { UnitCard } from "@/components/timeline/unit-card";
import { LanguageSuggestion } from "@/components/ui/language-switcher";
import { Link } from "@/lib/i18n/navigation";
import { MyAssignments } from "@/components/assignments/my-assignments";
import { studentAssignments } from "@/lib/assignments/progress";
import { withUnitTitlesIn } from "@/lib/reports/localized";
import { db } from "@/lib/db";
import { routes } from "@/lib/routes";

async function QuizSummary({ progress }: { progress: UnitProgress }) {
  const [t, mastery] = await Promise.all([getTranslations("home"), getTranslations("progress.mastery.levels")]);
  if (progress.finishedAttempts === 0) {
    return <p className="mt-2 text-sm">{t("noQuiz")}</p>;
  }
  return (
    <p className="mt-2 text-sm">
      {t.rich("summary", {
        mastery: mastery(`${progress.mastery}.label`),
        best: Math.round((progress.bestScore ?? 0) * 100) / 100,
        finished: progress.finishedAttempts,
        strong: (chunks) => <strong>{chunks}</strong>,
        link: (chunks) => (
          <Link
            href={routes.progress()}
            className="inline-flex min-h-6 items-center text-blue-800 underline dark:text-blue-300"
          >
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}

export default async function HomePage() {
  const units = await getUnits(db());
  const [user, locale, t, suggested] = await Promise.all([
    currentUser(),
    getLocale(),
    getTranslations("home"),
    browserLocale(),
  ]);
  const progress = user ? new Map((await getLearnerProgress(db(), user.id)).map((p) => [p.unitId, p])) : undefined;
  const assignments =
    user?.role === "student" ? await withUnitTitlesIn(db(), await studentAssignments(db(), user.id), locale) : [];

  return (
    <>
      <LanguageSuggestion suggested={suggested} />
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{t("intro")}</p>
      <div className="mt-6">
        <MyAssignments assignments={assignments} now={new Date()} />
      </div>
      {units.length === 0 ? (
        <p className="mt-6">{t("noUnits")}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {units.map((unit) => {
            const mine = progress?.get(unit.meta.slug);
            return (
              <li key={unit.meta.slug}>
                <UnitCard unit={localizeUnit(unit, locale)} read={mine?.eventsRead ?? 0}>
                  {mine && <QuizSummary progress={mine} />}
                </UnitCard>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
