import { getTranslations } from "next-intl/server";
import { browserLocale, pageLocale, pagePath } from "@/lib/http/locale";
import { htmlLang, localeNames, locales, localizePath } from "@/lib/i18n/locales";

/**
 * The same page, filters included, in each language. Plain links: switching reloads the page in
 * the other language, and what was saved (reading progress, a quiz attempt) is kept. A disclosure
 * that needs no JavaScript.
 */
export async function LanguageSwitcher() {
  const [locale, path, t] = await Promise.all([pageLocale(), pagePath(), getTranslations("common")]);
  const codes: Record<typeof locale, string> = { en: "EN", sq: "SQ", "sr-Latn": "SR" };
  return (
    <details className="group relative text-sm">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1 rounded px-1.5 text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true">🌐</span>
        <span>{codes[locale]}</span>
        <span className="sr-only">{t("language")}</span>
      </summary>
      <nav
        aria-label={t("languageNav")}
        className="absolute right-0 z-20 mt-1 min-w-36 rounded border border-stone-200 bg-white p-1 shadow-lg dark:border-stone-700 dark:bg-stone-900"
      >
        <ul>
          {locales.map((l) => (
            <li key={l}>
              <a
                href={localizePath(l, path)}
                hrefLang={htmlLang(l)}
                lang={htmlLang(l)}
                aria-current={l === locale ? "true" : undefined}
                className="flex min-h-11 items-center rounded px-3 text-stone-800 hover:bg-stone-100 aria-[current=true]:font-semibold dark:text-stone-200 dark:hover:bg-stone-800"
              >
                {localeNames[l]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}

/** hreflang alternates of the page being rendered, hoisted into <head> by React. */
export async function LanguageAlternates() {
  const path = await pagePath();
  return (
    <>
      {locales.map((l) => (
        <link key={l} rel="alternate" hrefLang={htmlLang(l)} href={localizePath(l, path)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={path} />
    </>
  );
}

/**
 * One line, in the browser's language, when it asks for one of ours that this page is not in. A
 * suggestion only: Accept-Language never redirects, so a shared link opens as it was shared.
 */
export async function LanguageSuggestion() {
  const [locale, suggested, path] = await Promise.all([pageLocale(), browserLocale(), pagePath()]);
  if (!suggested || suggested === locale) return null;
  const t = await getTranslations({ locale: suggested, namespace: "common" });
  return (
    <p lang={htmlLang(suggested)} className="mb-4 rounded border border-blue-200 bg-blue-50 px-3 py-2 text-sm dark:border-blue-900 dark:bg-blue-950">
      <a href={localizePath(suggested, path)} hrefLang={htmlLang(suggested)} className="inline-flex min-h-11 items-center underline underline-offset-2">
        {t("suggestLanguage")}
      </a>
    </p>
  );
}
