/** "12 of 24 events read" with a bar; the text carries the information, the bar repeats it. */
export function ReadingProgressBar({ read, total, text }: { read: number; total: number; text: string }) {
  const share = total > 0 ? Math.min(1, read / total) : 0;
  return (
    <div className="text-sm">
      <p className="font-medium">{text}</p>
      <div
        aria-hidden="true"
        className="mt-1 h-2 w-full overflow-hidden rounded-full border border-stone-400 bg-stone-100 dark:border-stone-500 dark:bg-stone-800"
      >
        <div className="h-full bg-blue-700 dark:bg-blue-400" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  );
}
