"use client";

import Link from "next/link";
import { buttonClass } from "@/components/ui/styles";

/** What every route segment's error.tsx shows: what failed, that nothing saved is lost, a retry. */
export function ErrorPanel({ title, message, reset }: { title: string; message: string; reset: () => void }) {
  return (
    <section aria-labelledby="error-title" className="max-w-xl">
      <h1 id="error-title" className="text-2xl font-bold">
        {title}
      </h1>
      <p className="mt-2">{message}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={reset}
          className={buttonClass}
        >
          Try again
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          See all units
        </Link>
      </div>
    </section>
  );
}
