import { IntlMessageFormat } from "intl-messageformat";
import { Children, type ReactNode } from "react";
import type { Speech } from "@/components/timeline/translate";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages, type Messages } from "@/lib/i18n/messages";

// The timeline's translator as next-intl's getTranslations("timeline") gives it to a page (plain and
// rich messages, ICU through intl-messageformat as next-intl does), for rendering components in Jest,
// which cannot load next-intl's ES modules.

type Values = Record<string, string | number | Date | ((chunks: ReactNode[]) => ReactNode)>;

export function translator(locale: Locale, namespace: string) {
  const catalogue = loadMessages(locale)[namespace]!;
  const message = (key: string): string => {
    const found = key
      .split(".")
      .reduce<Messages | string | undefined>((m, k) => (typeof m === "object" ? m[k] : undefined), catalogue);
    if (typeof found !== "string") throw new Error(`no message ${namespace}.${key} in ${locale}`);
    return found;
  };
  const format = (key: string, values?: Values) => new IntlMessageFormat(message(key), locale).format(values as never);
  const t = (key: string, values?: Values) => String(format(key, values));
  t.rich = (key: string, values?: Values): ReactNode => Children.toArray(format(key, values) as ReactNode);
  return t;
}

export function speech(locale: Locale = "en"): Speech {
  return { t: translator(locale, "timeline") as unknown as Speech["t"], locale };
}
