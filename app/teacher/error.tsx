"use client";

import { buttonClass } from "@/components/auth/form-styles";

export default function TeacherError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="teacher-error" className="max-w-xl space-y-3">
      <h1 id="teacher-error" className="text-2xl font-bold">
        This page could not be loaded
      </h1>
      <p>Something went wrong on our side while reading your classes. Your data is safe. Try again in a moment.</p>
      <button type="button" onClick={reset} className={buttonClass}>
        Try again
      </button>
    </section>
  );
}
