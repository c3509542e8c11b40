"use client";

import { useTranslations } from "next-intl";
import { useParams } from "next/navigation";
import { Link } from "@/lib/i18n/navigation";

// A client component only to read the unit from the address, so the way back leads to its timeline.
export default function EventNotFound() {
  const params = useParams<{ unit?: string }>();
  const t = useTranslations("common");
  const unit = typeof params.unit === "string" && /^[a-z0-9-]+$/.test(params.unit) ? params.unit : undefined;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("unitPages.eventNotFoundTitle")}</h1>
      <p className="mt-2">{t("unitPages.eventNotFoundMessage")}</p>
      <ul className="mt-4 space-y-1">
        {unit && (
          <li>
            <Link href={`/units/${unit}`} className="inline-flex min-h-11 items-center underline underline-offset-4">
              {t("unitPages.backToTimeline")}
            </Link>
          </li>
        )}
        <li>
          <Link href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
            {t("notFound.back")}
          </Link>
        </li>
      </ul>
    </>
  );
}
