"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function ProgressError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorPanel
      title="Your progress could not be shown"
      message="Something went wrong while loading it. Nothing you have done is lost."
      reset={reset}
    />
  );
}
