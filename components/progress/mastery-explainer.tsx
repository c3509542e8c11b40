import { MASTERY_LEVELS } from "@/lib/progress/mastery";

/** The mastery levels and what earns each, straight from the one definition in lib/. */
export function MasteryExplainer() {
  return (
    <section aria-labelledby="mastery-levels" className="space-y-2">
      <h2 id="mastery-levels" className="text-xl font-bold">
        What the mastery levels mean
      </h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {MASTERY_LEVELS.map((m) => (
          <div key={m.level} className="contents">
            <dt className="font-semibold">{m.label}</dt>
            <dd className="mb-2 sm:mb-0">{m.rule}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        Scores count finished quizzes only. Questions you get wrong come back for review after a short while, and again at
        growing intervals until you answer them right.
      </p>
    </section>
  );
}
