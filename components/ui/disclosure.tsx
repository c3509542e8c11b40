import type { ReactNode } from "react";

/** Content behind a summary line; a native <details>, so it opens without JavaScript too. */
export function Disclosure({ summary, children, className = "", open }: { summary: ReactNode; children: ReactNode; className?: string; open?: boolean }) {
  return (
    <details className={`group ${className}`} open={open}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 font-medium text-blue-800 underline underline-offset-2 dark:text-blue-300">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        {summary}
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
