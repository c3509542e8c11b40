// Request headers that proxy.ts sets on every page request (and overwrites when a client sends them).
// (Prefetches of unprefixed pages skip the proxy: a page reading them has a default for their absence.)

/** The language of the URL: "en", "sq" or "sr-Latn". */
export const LOCALE_HEADER = "x-eventline-locale";
/** The app path (without the language prefix) and query of the page being rendered. */
export const PATH_HEADER = "x-eventline-path";
/** "1" on a request for the HTML document (a first load or a reload), not for a client-side navigation's payload. */
export const DOCUMENT_HEADER = "x-eventline-document";
