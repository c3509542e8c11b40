import "server-only";
import { db, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { PostgresLiveBus, SqlitePollingLiveBus, type LiveBus } from "@/lib/live/bus";
import { findLiveSession } from "@/lib/live/sessions";
import { IDLE_LIMIT_MS } from "@/lib/live/state";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor, readSnapshot, type LiveMessage, type Viewer } from "@/lib/live/view";

// The streams of one process. However many devices of a session this process serves, a change
// is read from the database once and then sent to each of them; changes that arrive while a read
// is under way are folded into one more read. The read is the same for every language; each
// stream's messages are put into its own language (`locale`) only when they are written to it.

export type LiveSubscriber = { viewer: Viewer; locale?: Locale; send(message: LiveMessage): void; close(): void };

type Seat = LiveSubscriber & { lastMain?: string; lastTally?: string };

type Channel = {
  seats: Set<Seat>;
  stopWatching: () => void;
  reading: boolean;
  again: boolean;
  idleTimer: NodeJS.Timeout | null;
};

/**
 * Pause between two reads of one session when changes keep coming (a class answering at once):
 * the tally then moves four times a second instead of once per answer, which leaves the cores to
 * the answers themselves.
 */
const REREAD_GAP_MS = 250;

export class LiveHub {
  private readonly channels = new Map<string, Channel>();

  constructor(
    private readonly database: Db,
    readonly bus: LiveBus,
  ) {}

  /** Starts sending the session's state to `subscriber`, beginning with the current state. */
  subscribe(sessionId: string, subscriber: LiveSubscriber): () => void {
    let channel = this.channels.get(sessionId);
    if (!channel) {
      const created: Channel = {
        seats: new Set(),
        stopWatching: () => undefined,
        reading: false,
        again: false,
        idleTimer: null,
      };
      created.stopWatching = this.bus.watch(sessionId, () => void this.read(sessionId, created));
      this.channels.set(sessionId, (channel = created));
    }
    const seat: Seat = { ...subscriber };
    channel.seats.add(seat);
    void this.read(sessionId, channel);
    const current = channel;
    return () => {
      current.seats.delete(seat);
      if (current.seats.size === 0 && this.channels.get(sessionId) === current) {
        current.stopWatching();
        if (current.idleTimer) clearTimeout(current.idleTimer);
        this.channels.delete(sessionId);
      }
    };
  }

  /** Number of streams this process serves, for tests and the benchmark. */
  get streamCount(): number {
    let n = 0;
    for (const channel of this.channels.values()) n += channel.seats.size;
    return n;
  }

  private async read(sessionId: string, channel: Channel): Promise<void> {
    if (channel.reading) {
      channel.again = true;
      return;
    }
    channel.reading = true;
    try {
      do {
        channel.again = false;
        await this.readOnce(sessionId, channel);
        if (channel.again) await new Promise((r) => setTimeout(r, REREAD_GAP_MS));
      } while (channel.again && channel.seats.size > 0);
    } catch {
      // The database did not answer this time; the next change (or the stream's reconnect) reads again.
    } finally {
      channel.reading = false;
    }
  }

  private async readOnce(sessionId: string, channel: Channel): Promise<void> {
    const now = new Date();
    const row = await findLiveSession(this.database, { id: sessionId }, now);
    if (!row) {
      for (const seat of channel.seats) seat.close();
      return;
    }
    const withAnswers = [...channel.seats].some((s) => s.viewer.kind === "participant");
    const snapshot = await readSnapshot(this.database, row, now, withAnswers);
    for (const seat of channel.seats) {
      const [main, tally] = messagesFor(snapshot, seat.viewer, seat.locale);
      if (main) {
        const json = JSON.stringify(main);
        if (json !== seat.lastMain) {
          seat.lastMain = json;
          seat.send(main);
        }
      }
      if (tally) {
        const json = JSON.stringify(tally);
        if (json !== seat.lastTally) {
          seat.lastTally = json;
          seat.send(tally);
        }
      }
      if (main?.type === "ended") seat.close();
    }
    // The idle limit ends a session even when nobody asks for it: wake up when it is due.
    if (channel.idleTimer) clearTimeout(channel.idleTimer);
    channel.idleTimer = null;
    if (snapshot.status !== "ended") {
      const due = row.lastActivityAt.getTime() + IDLE_LIMIT_MS - now.getTime() + 1000;
      channel.idleTimer = setTimeout(
        () => void this.read(sessionId, channel),
        Math.min(Math.max(due, 1000), 2 ** 31 - 1),
      );
      channel.idleTimer.unref();
    }
  }
}

function createLiveHub(database: Db, kind: "sqlite" | "postgresql", url: string): LiveHub {
  return new LiveHub(
    database,
    kind === "postgresql" ? new PostgresLiveBus(database, url) : new SqlitePollingLiveBus(database),
  );
}

/** A stream as the browser reads it: `data: <json>` messages, and a comment now and then to keep proxies from closing it. */
export function liveEventStream(
  hub: LiveHub,
  sessionId: string,
  viewer: Viewer,
  signal?: AbortSignal,
  locale?: Locale,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let finish = () => undefined as void;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          finish();
        }
      };
      const keepAlive = setInterval(() => write(": keep-alive\n\n"), 20_000);
      let unsubscribe = () => undefined as void;
      finish = () => {
        if (!open) return;
        open = false;
        clearInterval(keepAlive);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      write("retry: 2000\n\n");
      unsubscribe = hub.subscribe(sessionId, {
        viewer,
        locale,
        send: (message) => write(`data: ${JSON.stringify(message)}\n\n`),
        close: () => setTimeout(() => finish(), 0),
      });
      signal?.addEventListener("abort", () => finish());
    },
    cancel() {
      finish();
    },
  });
}

const globalForLive = globalThis as unknown as { eventlineLiveHub?: LiveHub };

/**
 * The process's one hub. Kept on globalThis: Next.js may load this module once per route bundle,
 * and the stream and the teacher's "next" must meet in the same hub when they share a process.
 */
export function liveHub(): LiveHub {
  const config = env();
  globalForLive.eventlineLiveHub ??= createLiveHub(db(), config.databaseKind, config.databaseUrl);
  return globalForLive.eventlineLiveHub;
}
