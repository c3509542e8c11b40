export default function TeacherLoading() {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <p className="sr-only">Loading your classes…</p>
      <div className="h-8 w-48 animate-pulse rounded bg-stone-200 dark:bg-stone-700" />
      <div className="h-32 animate-pulse rounded bg-stone-200 dark:bg-stone-700" />
    </div>
  );
}
