import { useLocale, useTranslations } from "next-intl";
import { dueParts } from "@/lib/assignments/time";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

// A due (or opening) time in words, in the page's language and in the viewer's time zone:
// "due Friday 14:00, in 2 days", "afati: e premte, 14:00, pas 2 ditësh", "rok: petak 14:00, za 2 dana".

export function DueTime({
  at,
  zone,
  now,
  kind = "due",
}: {
  at: Date;
  zone: string;
  now: Date;
  kind?: "due" | "opens" | "moment";
}) {
  const t = useTranslations("assignments.time");
  const raw = useLocale();
  const { past, when, relative } = dueParts(at, zone, now, isLocale(raw) ? raw : defaultLocale);
  const values = { when, relative: relative ?? t("justNow") };
  const text = kind === "due" ? t(past ? "duePast" : "dueFuture", values) : t(kind, values);
  return <time dateTime={at.toISOString()}>{text}</time>;
}
