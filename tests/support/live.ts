import { jsonRequest, sessionTokenFrom } from "@/tests/support/requests";
import { POST as createLive } from "@/app/api/live/route";
import { POST as joinLive } from "@/app/api/live/[id]/join/route";
import { GET as streamLive } from "@/app/api/live/[id]/stream/route";
import { liveStreamUrl } from "@/lib/live/paths";
import type { LiveMessage } from "@/lib/live/view";

// Drives live sessions through the real route handlers, and reads their event streams as a
// browser's EventSource would.

export const UNIT = "northern-kosovo-2023";
export const params = (id: string) => ({ params: Promise.resolve({ id }) });

export async function startLive(
  teacher: string,
  body: Record<string, unknown> = { unit: UNIT, mode: "faq" },
): Promise<{ id: string; code: string }> {
  const res = await createLive(jsonRequest("/api/live", { body, cookie: teacher }));
  if (res.status !== 201) throw new Error(`start failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; code: string };
}

export async function joinLiveAs(
  code: string,
  displayName?: string,
  token?: string,
): Promise<{ token: string; res: Response }> {
  const res = await joinLive(
    jsonRequest(`/api/live/${code}/join`, { body: displayName ? { displayName } : {}, cookie: token }),
    params(code),
  );
  return { token: sessionTokenFrom(res) ?? token ?? "", res };
}

export type EventReader = {
  /** The next message matching `match`, skipping others; fails after `timeoutMs`. */
  next(match?: (m: LiveMessage) => boolean, timeoutMs?: number): Promise<LiveMessage>;
  received: LiveMessage[];
  close(): Promise<void>;
};

export function readEvents(body: ReadableStream<Uint8Array>): EventReader {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const received: LiveMessage[] = [];
  let consumed = 0;
  let buffer = "";
  const wake: { waiting: (() => void) | null } = { waiting: null };
  let done = false;
  void (async () => {
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        buffer += decoder.decode(chunk.value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split("\n")
            .filter((l) => l.startsWith("data: "))
            .map((l) => l.slice(6))
            .join("\n");
          if (data) received.push(JSON.parse(data) as LiveMessage);
        }
        wake.waiting?.();
      }
    } catch {
      // cancelled
    } finally {
      done = true;
      wake.waiting?.();
    }
  })();
  return {
    received,
    async next(match = () => true, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        while (consumed < received.length) {
          const message = received[consumed++]!;
          if (match(message)) return message;
        }
        if (done) throw new Error(`stream ended; received ${JSON.stringify(received)}`);
        const left = deadline - Date.now();
        if (left <= 0)
          throw new Error(`no matching message within ${timeoutMs} ms; received ${JSON.stringify(received)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake.waiting = () => {
            clearTimeout(timer);
            wake.waiting = null;
            resolve();
          };
        });
      }
    },
    async close() {
      await reader.cancel().catch(() => undefined);
    },
  };
}

/** The session's stream; `lang` as a page passes it (?lang=), `headers` as a browser sends them (Referer, Accept-Language). */
export async function openStream(
  id: string,
  token: string,
  options: { lang?: string; headers?: Record<string, string> } = {},
): Promise<EventReader> {
  const url = options.lang ? liveStreamUrl(id, options.lang) : `/api/live/${id}/stream`;
  const res = await streamLive(
    jsonRequest(url, { cookie: token, method: "GET", headers: options.headers }),
    params(id),
  );
  if (res.status !== 200 || !res.body) throw new Error(`stream failed: ${res.status} ${await res.text()}`);
  expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
  return readEvents(res.body);
}
