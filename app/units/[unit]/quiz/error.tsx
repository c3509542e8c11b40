"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function QuizError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorPanel
      title="The quiz could not be shown"
      message="Something went wrong while loading the quiz. The answers you already gave are saved."
      reset={reset}
    />
  );
}
