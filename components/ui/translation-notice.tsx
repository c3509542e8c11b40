import { getLocale, getTranslations } from "next-intl/server";
import { translationInfo } from "@/lib/content/localize";
import type { Unit } from "@/lib/content/schema";

/**
 * One line, in the page's language, when the unit's content is not what a fluent reader has
 * checked: a machine translation not yet reviewed, or no translation at all (shown in English).
 */
export async function TranslationNotice({ unit }: { unit: Unit }) {
  const locale = await getLocale();
  if (locale === "en") return null;
  const info = translationInfo(unit, locale);
  const status = !info.available ? "missing" : info.review?.status === "machine" ? "machine" : null;
  if (!status) return null;
  const t = await getTranslations("common.translation");
  return (
    <p
      role="note"
      className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      {t(status)}
    </p>
  );
}
