"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorPanel
      title="Something went wrong"
      message="This page could not be shown. Your reading progress and answers already saved are safe."
      reset={reset}
    />
  );
}
