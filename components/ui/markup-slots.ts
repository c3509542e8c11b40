// The hand-off behind <StaticMarkup>: on a document request the server component leaves its HTML
// here under a fresh key, and the client component's server render (React DOM, in the same process
// and the same request, just after) takes it out again. Only the key travels in the React Server
// Components payload, so the HTML reaches the browser once. The two sides are bundled apart (server
// and client layers), hence one map on globalThis rather than a module variable.

type Slots = Map<string, { html: string; at: number }>;
const KEY = Symbol.for("eventline.markup-slots");
/** An HTML string no client render took (an aborted or failed render) is dropped after this. */
const KEEP_MS = 60_000;

function slots(): Slots {
  const holder = globalThis as typeof globalThis & { [KEY]?: Slots };
  return (holder[KEY] ??= new Map());
}

/** Leaves `html` for the next server render of its slot; returns the slot's key. */
export function leaveMarkup(html: string, now = Date.now()): string {
  const map = slots();
  // Keys come in insertion order, so the stale ones are at the front.
  for (const [key, slot] of map) {
    if (now - slot.at < KEEP_MS) break;
    map.delete(key);
  }
  const key = crypto.randomUUID();
  map.set(key, { html, at: now });
  return key;
}

/** The HTML left under `key`, once; undefined when there is none (or it was taken already). */
export function takeMarkup(key: string): string | undefined {
  const map = slots();
  const slot = map.get(key);
  map.delete(key);
  return slot?.html;
}
