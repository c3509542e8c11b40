import type { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

/**
 * What the timeline's server components need to speak the page's language: the "timeline"
 * translator (getTranslations("timeline")) and the locale for dates. The page fetches them once and
 * passes them down.
 */
export type Speech = { t: Awaited<ReturnType<typeof getTranslations<"timeline">>>; locale: Locale };

/** The event page's own strings (getTranslations("event")). */
export type EventSpeech = Awaited<ReturnType<typeof getTranslations<"event">>>;
