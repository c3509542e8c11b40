// The first screen of a page paints before the page's JavaScript runs.
//
// On the reading pages (the home page, a unit's timeline, an event), the first screen is what
// matters, and nothing there needs JavaScript to work.
//
// Next.js puts its scripts in the document's head as async scripts. On a fast connection they
// arrive, run and start hydrating while the browser is still parsing and laying out a long page, so
// the first paint waits for them, and Lighthouse's simulation (which charges a paint for every
// script that ran before it) counts all of them against the largest contentful paint. A reading
// page is complete HTML that works without JavaScript; its scripts only add to it (reading progress,
// the axis's arrow keys). So its Next.js scripts are taken out of the HTML and loaded by one small
// inline script once the first frame is painted (or after a second, in a tab that paints no frame
// because it is hidden). Pages one works in (a quiz, a class, a live session) keep Next.js's way:
// a click there before the scripts ran would fall back to a plain form post.

import { pathLocale } from "@/lib/i18n/locales";

const READING_PAGE = /^\/(?:units\/[a-z0-9-]+(?:\/events\/[a-z0-9-]+)?\/?)?$/;

/** Whether `url` (a path and query) is a reading page, in any language. */
export function isReadingPage(url: string): boolean {
  const path = url.split(/[?#]/)[0] ?? "/";
  return READING_PAGE.test(pathLocale(path).rest);
}

/** A script tag of the build's own chunks, as Next.js writes it (async, maybe with a nonce). */
const CHUNK_SCRIPT = /<script src="(\/_next\/static\/[^"<>]+\.js)"((?: async=""| nonce="[^"<>]*")+)><\/script>/g;
/** Next.js's hint to fetch its entry script early (low priority); it would fetch before the paint. */
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^<>]*href="\/_next\/static\/[^"<>]+\.js"\/>/g;
const NONCE = / nonce="([^"<>]*)"/;
/** How long a hidden tab (no frames) waits before loading the scripts anyway. */
const HIDDEN_TAB_MS = 1000;

/** The document with its Next.js chunk scripts loaded after the first paint; unchanged if it has none. */
export function loadScriptsAfterPaint(html: string): string {
  const sources: string[] = [];
  let nonce: string | undefined;
  const end = html.lastIndexOf("</body>");
  if (end < 0) return html;
  const stripped = html.slice(0, end).replace(CHUNK_SCRIPT, (tag: string, src: string, attributes: string) => {
    if (!attributes.includes(' async=""')) return tag;
    nonce ??= NONCE.exec(attributes)?.[1];
    sources.push(src);
    return "";
  });
  if (sources.length === 0) return html;
  const loader =
    `(function(s){var d=0;function l(){if(d)return;d=1;s.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=true;document.head.appendChild(e)})}` +
    `requestAnimationFrame(function(){setTimeout(l,0)});setTimeout(l,${HIDDEN_TAB_MS})})(${JSON.stringify(sources).replace(/</g, "\\u003c")})`;
  const attribute = nonce === undefined ? "" : ` nonce="${nonce}"`;
  return `${stripped.replace(SCRIPT_PRELOAD, "")}<script${attribute}>${loader}</script>${html.slice(end)}`;
}
