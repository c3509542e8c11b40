"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass } from "@/components/ui/styles";

/** What every route segment's error.tsx shows: what failed, that nothing saved is lost, a retry. */
export function ErrorPanel({ title, message, reset }: { title: string; message: string; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <section aria-labelledby="error-title" className="max-w-xl">
      <h1 id="error-title" className="text-2xl font-bold">
        {title}
      </h1>
      <p className="mt-2">{message}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className={buttonClass}>
          {t("retry")}
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          {t("back")}
        </Link>
      </div>
    </section>
  );
}
