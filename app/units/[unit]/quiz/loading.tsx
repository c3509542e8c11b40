export default function QuizLoading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading the quiz…</span>
      <div className="h-8 w-2/3 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-4 w-full rounded bg-stone-200 dark:bg-stone-800" />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="h-36 rounded bg-stone-200 dark:bg-stone-800" />
        <div className="h-36 rounded bg-stone-200 dark:bg-stone-800" />
      </div>
    </div>
  );
}
