"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function TeacherError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorPanel
      title="This page could not be loaded"
      message="Something went wrong on our side while reading your classes. Your data is safe. Try again in a moment."
      reset={reset}
    />
  );
}
