import Link from "next/link";
import { currentUser } from "@/lib/http/session";
import { getUnits } from "@/lib/content/load";
import { masteryLabel } from "@/lib/progress/mastery";
import { getLearnerProgress, type UnitProgress } from "@/lib/progress/summary";
import { UnitCard } from "@/components/timeline/unit-card";
import { LanguageSuggestion } from "@/components/ui/language-switcher";
import { MyAssignments } from "@/components/assignments/my-assignments";
import { studentAssignments } from "@/lib/assignments/progress";
import { db } from "@/lib/db";

function QuizSummary({ progress }: { progress: UnitProgress }) {
  if (progress.finishedAttempts === 0) {
    return <p className="mt-2 text-sm">No quiz finished yet.</p>;
  }
  return (
    <p className="mt-2 text-sm">
      Mastery: <strong>{masteryLabel(progress.mastery)}</strong> · best score {Math.round((progress.bestScore ?? 0) * 100)}% ·{" "}
      {progress.finishedAttempts} {progress.finishedAttempts === 1 ? "quiz" : "quizzes"} finished ·{" "}
      <Link href="/progress" className="inline-flex min-h-6 items-center text-blue-800 underline dark:text-blue-300">
        details
      </Link>
    </p>
  );
}

export default async function HomePage() {
  const units = getUnits();
  const user = await currentUser();
  const progress = user ? new Map((await getLearnerProgress(db(), user.id)).map((p) => [p.unitId, p])) : undefined;
  const assignments = user?.role === "student" ? await studentAssignments(db(), user.id) : [];

  return (
    <>
      <LanguageSuggestion />
      <h1 className="text-2xl font-bold sm:text-3xl">Units</h1>
      <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">
        Each unit is a chain of current events on a timeline, every event traced to its sources. Read it, then check what you
        understood with a short quiz.
      </p>
      <div className="mt-6">
        <MyAssignments assignments={assignments} now={new Date()} />
      </div>
      {units.length === 0 ? (
        <p className="mt-6">There are no units yet.</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {units.map((unit) => {
            const mine = progress?.get(unit.meta.slug);
            return (
              <li key={unit.meta.slug}>
                <UnitCard unit={unit} read={mine?.eventsRead ?? 0}>
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
