"use client";

import { secondaryButtonClass } from "@/components/ui/styles";

/** Only shown once JavaScript runs; without it the browser's own Print command does the same. */
export function PrintButton({ label = "Print this page" }: { label?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={`no-print ${secondaryButtonClass}`}>
      {label}
    </button>
  );
}
