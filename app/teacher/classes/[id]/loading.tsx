export default function ClassLoading() {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <p className="sr-only">Loading the class…</p>
      <div className="h-8 w-64 animate-pulse rounded bg-stone-200 dark:bg-stone-700" />
      <div className="h-48 animate-pulse rounded bg-stone-200 dark:bg-stone-700" />
    </div>
  );
}
