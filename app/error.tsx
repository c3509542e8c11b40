"use client";

import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2">This page could not be shown. Your reading progress and answers already saved are safe.</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={reset}
          className="min-h-11 rounded bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 dark:bg-blue-300 dark:text-stone-950 dark:hover:bg-blue-200"
        >
          Try again
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          Go to the list of units
        </Link>
      </div>
    </>
  );
}
