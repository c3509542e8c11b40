import { getLocale, getTranslations } from "next-intl/server";
import { htmlLang, type Locale } from "@/lib/i18n/locales";
import { LanguageMenu, LinkInLocale } from "@/components/ui/language-links";

export { LanguageAlternates } from "@/components/ui/language-links";

/**
 * The same page, filters included, in each language. Plain links: switching reloads the page in
 * the other language, and what was saved (reading progress, a quiz attempt) is kept. A disclosure
 * that needs no JavaScript.
 */
export async function LanguageSwitcher() {
  const t = await getTranslations("common");
  return <LanguageMenu label={t("language")} navLabel={t("languageNav")} />;
}

/**
 * One line, in the browser's language (`suggested`: the page reads it from Accept-Language), when
 * it is one of ours that this page is not in. A suggestion only: Accept-Language never redirects,
 * so a shared link opens as it was shared.
 */
export async function LanguageSuggestion({ suggested }: { suggested: Locale | undefined }) {
  const locale = await getLocale();
  if (!suggested || suggested === locale) return null;
  const t = await getTranslations({ locale: suggested, namespace: "common" });
  return (
    <p
      lang={htmlLang(suggested)}
      className="mb-4 rounded border border-blue-200 bg-blue-50 px-3 py-2 text-sm dark:border-blue-900 dark:bg-blue-950"
    >
      <LinkInLocale locale={suggested} className="inline-flex min-h-11 items-center underline underline-offset-2">
        {t("suggestLanguage")}
      </LinkInLocale>
    </p>
  );
}
