import "server-only";
import { headers } from "next/headers";
import { defaultLocale, isLocale, localizePath, pathLocale, preferredLocale, type Locale } from "@/lib/i18n/locales";

// Which language a request is in. Pages and components: next-intl's `getLocale()` / `useLocale()`
// (the URL's [locale] segment). Route handlers under a page path (a CSV export, the map SVG): the
// URL's prefix. /api/ routes (no prefix): the page the request came from (Referer, same site),
// else the caller's Accept-Language.

/** The language the visitor's browser asks for, when it is one of ours (a suggestion only). */
export async function browserLocale(): Promise<Locale | undefined> {
  return preferredLocale((await headers()).get("accept-language"));
}

/**
 * A route handler's language: for routes under a page path (a CSV export, the map SVG) the URL's
 * (as sent, "/sr/…", or as next-intl's proxy rewrote it, "/sr-Latn/…"); for /api/ routes the page
 * the request came from (Referer, same site), else the caller's Accept-Language, else English.
 */
export function requestLocale(req: Request): Locale {
  const { pathname } = new URL(req.url);
  if (!pathname.startsWith("/api/")) {
    const segment = pathname.split("/")[1];
    return isLocale(segment) ? segment : pathLocale(pathname).locale;
  }
  const referer = req.headers.get("referer");
  if (referer) {
    try {
      const url = new URL(referer);
      const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
      if (url.host === host) return pathLocale(url.pathname).locale;
    } catch {
      // An unreadable Referer says nothing about the language.
    }
  }
  return preferredLocale(req.headers.get("accept-language")) ?? defaultLocale;
}

/** A route handler's redirect target in the request's language (paths already prefixed are left as they are). */
export function localizedTarget(req: Request, path: string): string {
  return localizePath(requestLocale(req), path);
}
