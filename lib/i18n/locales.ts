// The interface languages and how they appear in URLs. Imported by pages, components, the proxy and
// lib/content alike, so it imports nothing.

export const locales = ["en", "sq", "sr-Latn"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(x: unknown): x is Locale {
  return typeof x === "string" && (locales as readonly string[]).includes(x);
}

/** English lives at the root; the other languages under a short prefix (Serbian Latin is "/sr"). */
export const urlPrefix: Record<Locale, string> = { en: "", sq: "/sq", "sr-Latn": "/sr" };

export function htmlLang(locale: Locale): string {
  return locale;
}

/** Splits a pathname into its language and the app path behind the prefix ("/sq/units/x" -> sq, "/units/x"). */
export function pathLocale(pathname: string): { locale: Locale; rest: string } {
  for (const locale of locales) {
    const prefix = urlPrefix[locale];
    if (!prefix) continue;
    if (pathname === prefix) return { locale, rest: "/" };
    const next = pathname.charAt(prefix.length);
    if (pathname.startsWith(prefix) && (next === "/" || next === "?" || next === "#")) {
      const rest = pathname.slice(prefix.length);
      return { locale, rest: rest.startsWith("/") ? rest : `/${rest}` };
    }
  }
  return { locale: defaultLocale, rest: pathname };
}

/**
 * For route handlers (pages and components use next-intl's `getPathname` and `Link`,
 * lib/i18n/navigation.ts, on the same prefixes: lib/i18n/routing.ts).
 * The same app path in another language: "/units/x?y=1" -> "/sq/units/x?y=1", "/" -> "/sq".
 * A path already carrying a language prefix is moved to the asked one. Anything that is not an
 * app path (an absolute URL, "//host", "#anchor", "") is returned unchanged.
 */
export function localizePath(locale: Locale, path: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  const { rest } = pathLocale(path);
  const prefix = urlPrefix[locale];
  if (!prefix) return rest;
  if (rest === "/") return prefix;
  if (rest.startsWith("/?") || rest.startsWith("/#")) return prefix + rest.slice(1);
  return prefix + rest;
}

/** Each language's name in its own language, for the switcher. */
export const localeNames: Record<Locale, string> = { en: "English", sq: "Shqip", "sr-Latn": "Srpski" };

/**
 * The best interface language for an Accept-Language header, or undefined when it names none of
 * ours. Serbian in Cyrillic ("sr", "sr-Cyrl") is offered the Latin interface; quality values count.
 */
export function preferredLocale(acceptLanguage: string | null | undefined): Locale | undefined {
  if (!acceptLanguage || acceptLanguage.length > 500) return undefined;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (base === "en") return "en";
    if (base === "sq") return "sq";
    if (base === "sr" || base === "sh" || base === "bs" || base === "hr" || base === "cnr") return "sr-Latn";
  }
  return undefined;
}

/** A path on this site: one leading slash, not "//host" or "/\\host" (which browsers read as another host). */
export function isAppPath(value: string | null | undefined): value is string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value);
}
