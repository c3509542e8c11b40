import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales, urlPrefix } from "@/lib/i18n/locales";

// How the languages appear in URLs, for next-intl's proxy (proxy.ts) and its navigation helpers
// (lib/i18n/navigation.ts): English at the unprefixed paths, Albanian under /sq, Serbian (Latin
// script) under /sr. The language is the URL's alone: no Accept-Language redirect, no cookie.
// The pages write their hreflang alternates themselves (components/ui/language-switcher.tsx), as
// relative links with the query, so no `Link` response header is added.
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: { mode: "as-needed", prefixes: { "sr-Latn": urlPrefix["sr-Latn"] } },
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
});
