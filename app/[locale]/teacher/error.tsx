"use client";

import { useTranslations } from "next-intl";
import { ErrorPanel } from "@/components/ui/error-panel";

export default function TeacherError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("teacher.error");
  return <ErrorPanel title={t("title")} message={t("message")} reset={reset} />;
}
