import type { Metadata } from "next";
import Link from "next/link";
import { MasteryExplainer } from "@/components/progress/mastery-explainer";
import { UnitProgressCard } from "@/components/progress/unit-progress-card";
import { currentUser } from "@/lib/http/session";
import { getLearnerProgress } from "@/lib/progress/summary";
import { MyAssignments } from "@/components/assignments/my-assignments";
import { studentAssignments } from "@/lib/assignments/progress";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "My progress" };

export default async function ProgressPage() {
  const user = await currentUser();
  const units = user ? await getLearnerProgress(db(), user.id) : [];
  const assignments = user?.role === "student" ? await studentAssignments(db(), user.id) : [];
  const started = units.some((u) => u.finishedAttempts > 0 || u.eventsRead > 0 || u.reviewDue > 0 || u.nextReviewAt);

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">My progress</h1>
      <MyAssignments assignments={assignments} now={new Date()} />
      {!user || !started ? (
        <p>
          You have not read any events or finished a quiz on this device yet. Progress is kept without an account; when you join a
          class, it comes with you.{" "}
          <Link href="/" className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300">
            Choose a unit to start
          </Link>
        </p>
      ) : null}
      {user && units.length > 0 && (
        <div className="space-y-4">
          {units.map((progress) => (
            <UnitProgressCard key={progress.unitId} progress={progress} />
          ))}
        </div>
      )}
      <MasteryExplainer />
    </div>
  );
}
