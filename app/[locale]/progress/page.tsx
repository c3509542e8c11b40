import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { MasteryExplainer } from "@/components/progress/mastery-explainer";
import { UnitProgressCard } from "@/components/progress/unit-progress-card";
import { MyAssignments } from "@/components/assignments/my-assignments";
import { unitTitlesIn, withUnitTitlesIn } from "@/lib/reports/localized";
import { Link } from "@/lib/i18n/navigation";
import { currentUser } from "@/lib/http/session";
import { getLearnerProgress } from "@/lib/progress/summary";
import { studentAssignments } from "@/lib/assignments/progress";
import { db } from "@/lib/db";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("progress");
  return { title: t("title") };
}

export default async function ProgressPage() {
  const [user, locale, t] = await Promise.all([currentUser(), getLocale(), getTranslations("progress")]);
  const units = user ? await getLearnerProgress(db(), user.id) : [];
  const assignments =
    user?.role === "student" ? await withUnitTitlesIn(db(), await studentAssignments(db(), user.id), locale) : [];
  const titleIn = await unitTitlesIn(db(), locale);
  const started = units.some((u) => u.finishedAttempts > 0 || u.eventsRead > 0 || u.reviewDue > 0 || u.nextReviewAt);

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <MyAssignments assignments={assignments} now={new Date()} />
      {!user || !started ? (
        <p>
          {t("empty")}{" "}
          <Link
            href={routes.home()}
            className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300"
          >
            {t("start")}
          </Link>
        </p>
      ) : null}
      {user && units.length > 0 && (
        <div className="space-y-4">
          {units.map((progress) => (
            <UnitProgressCard
              key={progress.unitId}
              progress={{ ...progress, title: titleIn(progress.unitId, progress.title) }}
            />
          ))}
        </div>
      )}
      <MasteryExplainer />
    </div>
  );
}
