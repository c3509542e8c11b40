"use client";

import { useTranslations } from "next-intl";
import { ErrorPanel } from "@/components/ui/error-panel";

export default function UnitError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.unitPages");
  return <ErrorPanel title={t("unitErrorTitle")} message={t("unitErrorMessage")} reset={reset} />;
}
