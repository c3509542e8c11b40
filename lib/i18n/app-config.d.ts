import type { Locale } from "@/lib/i18n/locales";

// next-intl's `useLocale()`, `getLocale()` and the navigation helpers speak our locale type.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
