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
