import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_HEADER, PATH_HEADER } from "@/lib/http/locale-headers";
import { defaultLocale, isAppPath, isLocale, localizePath, pathLocale, preferredLocale, type Locale } from "@/lib/i18n/locales";

// Which language a request is in. Pages: the URL's prefix, which proxy.ts strips and hands on in
// LOCALE_HEADER (a client cannot set it: the proxy overwrites it on every page request). Route
// handlers (no prefix under /api/): the page the request came from (Referer, same site), else the
// caller's Accept-Language.


export async function pageLocale(): Promise<Locale> {
  const value = (await headers()).get(LOCALE_HEADER);
  return isLocale(value) ? value : defaultLocale;
}

/** The page's path without its language prefix, query included ("/units/x?actor=kfor"). */
export async function pagePath(): Promise<string> {
  const value = (await headers()).get(PATH_HEADER);
  return isAppPath(value) ? value : "/";
}

/** The language the visitor's browser asks for, when it is one of ours (a suggestion only). */
export async function browserLocale(): Promise<Locale | undefined> {
  return preferredLocale((await headers()).get("accept-language"));
}

/**
 * A route handler's language: for routes under a page path (a CSV export, the map SVG) the URL's,
 * set by proxy.ts; for /api/ routes the page the request came from (Referer, same site), else the
 * caller's Accept-Language, else English.
 */
export function requestLocale(req: Request): Locale {
  const fromUrl = req.headers.get(LOCALE_HEADER);
  if (isLocale(fromUrl)) return fromUrl;
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

/** A redirect target in the request's language (paths already prefixed are left as they are). */
export function localizedTarget(req: Request, path: string): string {
  return localizePath(requestLocale(req), path);
}

/** redirect() from a page to an app path, staying in the page's language. */
export async function redirectInLocale(path: string): Promise<never> {
  redirect(localizePath(await pageLocale(), path));
}
