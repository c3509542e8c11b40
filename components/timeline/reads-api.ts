// The browser's side of /api/units/[unit]/reads, shared by the timeline and the event page.

export type Reads = { read: string[]; total: number };

export const readsQueryKey = (unit: string) => ["reads", unit] as const;

const readsUrl = (unit: string) => `/api/units/${encodeURIComponent(unit)}/reads`;

export async function fetchReads(unit: string): Promise<Reads> {
  const res = await fetch(readsUrl(unit), { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`Reading progress could not be loaded (${res.status}).`);
  return res.json();
}

export async function postReads(unit: string, eventIds: string[], options: { keepalive?: boolean } = {}): Promise<Reads> {
  const res = await fetch(readsUrl(unit), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ eventIds }),
    keepalive: options.keepalive,
  });
  if (!res.ok) throw new Error(`Reading progress could not be saved (${res.status}).`);
  return res.json();
}
