"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { htmlLang, localeNames, locales, type Locale } from "@/lib/i18n/locales";
import { getPathname, usePathname } from "@/lib/i18n/navigation";

/** The page being shown, query included, in another language ("/units/x?actor=kfor" -> "/sq/units/x?actor=kfor"). */
function useHrefIn(): (locale: Locale) => string {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const href = query ? `${pathname}?${query}` : pathname;
  return (locale) => getPathname({ href, locale });
}

const codes: Record<Locale, string> = { en: "EN", sq: "SQ", "sr-Latn": "SR" };

/** The language menu (components/ui/language-switcher.tsx gives it its labels). */
export function LanguageMenu({ label, navLabel }: { label: string; navLabel: string }) {
  const locale = useLocale();
  const hrefIn = useHrefIn();
  return (
    <details className="group relative text-sm">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1 rounded px-1.5 text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true">🌐</span>
        <span>{codes[locale]}</span>
        <span className="sr-only">{label}</span>
      </summary>
      <nav
        aria-label={navLabel}
        className="absolute right-0 z-20 mt-1 min-w-36 rounded border border-stone-200 bg-white p-1 shadow-lg dark:border-stone-700 dark:bg-stone-900"
      >
        <ul>
          {locales.map((l) => (
            <li key={l}>
              <a
                href={hrefIn(l)}
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
export function LanguageAlternates() {
  const hrefIn = useHrefIn();
  return (
    <>
      {locales.map((l) => (
        <link key={l} rel="alternate" hrefLang={htmlLang(l)} href={hrefIn(l)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={hrefIn("en")} />
    </>
  );
}

/** A plain link to the page being shown in another language. */
export function LinkInLocale({
  locale,
  className,
  children,
}: {
  locale: Locale;
  className?: string;
  children: ReactNode;
}) {
  const hrefIn = useHrefIn();
  return (
    <a href={hrefIn(locale)} hrefLang={htmlLang(locale)} className={className}>
      {children}
    </a>
  );
}
