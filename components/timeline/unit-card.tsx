import Link from "next/link";
import type { ReactNode } from "react";
import type { Unit } from "@/lib/content/schema";
import { formatEventDate } from "@/lib/timeline/dates";
import { ReadingProgressBar } from "@/components/timeline/progress-bar";

/** A learner's reading of one unit on the home page; scores and mastery sit beside it. */
export function UnitReadingSummary({ read, total }: { read: number; total: number }) {
  return <ReadingProgressBar read={read} total={total} label="by you" />;
}

/** `children` is room for more of the learner's progress (scores, mastery) under the reading bar. */
export function UnitCard({ unit, read, children }: { unit: Unit; read?: number; children?: ReactNode }) {
  const first = unit.events[0];
  const last = unit.events.at(-1);
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-700 dark:bg-stone-950">
      <h2 className="text-xl font-semibold">
        <Link href={`/units/${unit.meta.slug}`} className="inline-flex min-h-11 items-center underline decoration-1 underline-offset-4 hover:decoration-2">
          {unit.meta.title}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        {unit.events.length} events
        {first && last && (
          <>
            , from <time dateTime={first.date}>{formatEventDate(first)}</time> to <time dateTime={last.date}>{formatEventDate(last)}</time>
          </>
        )}
      </p>
      <p className="mt-2 leading-relaxed">{unit.meta.summary}</p>
      {read !== undefined && (
        <div className="mt-3">
          <UnitReadingSummary read={read} total={unit.events.length} />
        </div>
      )}
      {children}
    </article>
  );
}
