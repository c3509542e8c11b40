import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { pageLocale } from "@/lib/http/locale";

// next-intl's per-request configuration: the language comes from the URL (see lib/http/locale.ts);
// an explicit `getTranslations({ locale })` wins, so a server function can render another language.
export default getRequestConfig(async ({ locale }) => {
  const resolved = isLocale(locale) ? locale : await pageLocale().catch(() => defaultLocale);
  return {
    locale: resolved,
    messages: loadMessages(resolved),
    // Event days are calendar dates, not instants: format them as written, whatever the server's zone.
    timeZone: "UTC",
  };
});
