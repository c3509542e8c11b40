import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "@/lib/i18n/messages";
import { routing } from "@/lib/i18n/routing";

// next-intl's per-request configuration. The language is the URL's: the [locale] segment, which
// app/[locale]/layout.tsx and the pages hand to setRequestLocale (next-intl's proxy maps /sq/… and
// /sr/… to it, and the unprefixed paths to "en"). An explicit `getTranslations({ locale })` wins,
// so a server function can render another language.
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: loadMessages(locale),
    // Event days are calendar dates, not instants: format them as written, whatever the server's zone.
    timeZone: "UTC",
  };
});
