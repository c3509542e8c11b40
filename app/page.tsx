import { currentUser } from "@/lib/auth/session";
import { getUnits } from "@/lib/content/load";
import { db } from "@/lib/db";
import { readCountsByUnit } from "@/lib/progress/reading";
import { UnitCard } from "@/components/timeline/unit-card";

export default async function HomePage() {
  const units = getUnits();
  const user = await currentUser();
  const readCounts = user ? await readCountsByUnit(db(), user.id) : undefined;

  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">Units</h1>
      <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">
        Each unit is a chain of current events on a timeline, every event traced to its sources. Read it, then check what you
        understood with a short quiz.
      </p>
      {units.length === 0 ? (
        <p className="mt-6">There are no units yet.</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {units.map((unit) => (
            <li key={unit.meta.slug}>
              <UnitCard unit={unit} read={readCounts ? (readCounts.get(unit.meta.slug) ?? 0) : undefined} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
