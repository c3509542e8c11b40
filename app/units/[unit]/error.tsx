"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function UnitError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorPanel
      title="The timeline could not be shown"
      message="Something went wrong while loading this unit. Your reading progress already saved is safe."
      reset={reset}
    />
  );
}
