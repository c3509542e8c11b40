// Request headers that proxy.ts sets on every page request (and overwrites when a client sends them).

/** The language of the URL: "en", "sq" or "sr-Latn". */
export const LOCALE_HEADER = "x-eventline-locale";
/** The app path (without the language prefix) and query of the page being rendered. */
export const PATH_HEADER = "x-eventline-path";
