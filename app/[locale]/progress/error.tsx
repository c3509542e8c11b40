"use client";

import { useTranslations } from "next-intl";
import { ErrorPanel } from "@/components/ui/error-panel";

export default function ProgressError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("progress.error");
  return <ErrorPanel title={t("title")} message={t("message")} reset={reset} />;
}
