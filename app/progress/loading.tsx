export default function ProgressLoading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading your progress…</span>
      <div className="h-8 w-1/3 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-40 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-24 rounded bg-stone-200 dark:bg-stone-800" />
    </div>
  );
}
