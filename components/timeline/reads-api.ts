// The browser's side of /api/units/[unit]/reads, shared by the timeline and the event page: one
// small store per unit, so that the islands of a page (the progress bar, the unread list) show the
// same count without shipping a query library to a page one only reads.
import { useCallback, useState, useSyncExternalStore } from "react";

export type Reads = { read: string[]; total: number };

type Store = { reads: Reads; listeners: Set<() => void> };
const stores = new Map<string, Store>();

const readsUrl = (unit: string) => `/api/units/${encodeURIComponent(unit)}/reads`;

export async function postReads(
  unit: string,
  eventIds: string[],
  options: { keepalive?: boolean } = {},
): Promise<Reads> {
  const res = await fetch(readsUrl(unit), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ eventIds }),
    keepalive: options.keepalive,
  });
  if (!res.ok) throw new Error(`Reading progress could not be saved (${res.status}).`);
  return res.json();
}

/** The unit's store in the browser, started from what the server rendered; reads only ever grow. */
function storeOf(unit: string, initial: Reads): Store {
  const store = stores.get(unit);
  if (!store) {
    const created = { reads: initial, listeners: new Set<() => void>() };
    stores.set(unit, created);
    return created;
  }
  const known = new Set(store.reads.read);
  if (initial.read.some((id) => !known.has(id)))
    store.reads = { read: [...new Set([...store.reads.read, ...initial.read])], total: initial.total };
  return store;
}

function publish(store: Store, reads: Reads) {
  store.reads = reads;
  store.listeners.forEach((listener) => listener());
}

/** The unit's reads as this page knows them (the server's until the browser records more). */
export function useReads(unit: string, given: Reads): Reads {
  const [initial] = useState(given);
  // The server renders each request on its own: nothing is kept between requests there.
  const store = typeof window === "undefined" ? undefined : storeOf(unit, initial);
  const subscribe = useCallback(
    (listener: () => void) => {
      store?.listeners.add(listener);
      return () => void store?.listeners.delete(listener);
    },
    [store],
  );
  return useSyncExternalStore(
    subscribe,
    () => store?.reads ?? initial,
    () => initial,
  );
}

/** Records `eventIds` as read: shown at once, then the server's answer; undone if the request fails. */
export async function saveReads(unit: string, eventIds: string[]): Promise<void> {
  const store = stores.get(unit);
  if (!store) return;
  const previous = store.reads;
  publish(store, { ...previous, read: [...new Set([...previous.read, ...eventIds])] });
  try {
    // keepalive: a learner who leaves or reloads right after "mark as read" keeps what was sent.
    const reads = await postReads(unit, eventIds, { keepalive: true });
    publish(store, { read: reads.read, total: reads.total });
  } catch {
    publish(store, previous);
  }
}
