import "server-only";
import pg from "pg";
import type { Db } from "@/lib/db";

// How one process learns that a live session changed in another. The bus carries no state, only
// "session X changed": every process then reads the state from the database, which is the one
// truth. PostgreSQL: NOTIFY, heard by one dedicated LISTEN connection per process. SQLite (one
// machine, several `npm start` workers): each process that serves streams reads a cheap
// signature of the sessions it watches (version, seats, answers) a few times a second.

export interface LiveBus {
  /** Tells every process serving this session that it changed. */
  publish(sessionId: string): Promise<void>;
  /** Calls `onChange` whenever the session may have changed, in any process; returns stop. */
  watch(sessionId: string, onChange: () => void): () => void;
  close(): Promise<void>;
}

class Listeners {
  private readonly bySession = new Map<string, Set<() => void>>();

  add(sessionId: string, onChange: () => void): () => void {
    let set = this.bySession.get(sessionId);
    if (!set) this.bySession.set(sessionId, (set = new Set()));
    set.add(onChange);
    return () => {
      set.delete(onChange);
      if (set.size === 0) this.bySession.delete(sessionId);
    };
  }

  fire(sessionId: string): void {
    for (const onChange of this.bySession.get(sessionId) ?? []) onChange();
  }

  fireAll(): void {
    for (const id of this.bySession.keys()) this.fire(id);
  }

  ids(): string[] {
    return [...this.bySession.keys()];
  }

  get size(): number {
    return this.bySession.size;
  }
}

const LIVE_CHANNEL = "eventline_live";

export class PostgresLiveBus implements LiveBus {
  private readonly listeners = new Listeners();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly database: Db,
    private readonly url: string,
  ) {}

  async publish(sessionId: string): Promise<void> {
    this.listeners.fire(sessionId);
    await this.database.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${sessionId})`;
  }

  watch(sessionId: string, onChange: () => void): () => void {
    const stop = this.listeners.add(sessionId, onChange);
    void this.listen();
    return stop;
  }

  private listen(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url });
      const lost = () => {
        if (this.client !== client) return;
        this.client = null;
        client.end().catch(() => undefined);
        // Notifications sent while the connection was down are lost: reconnect, then have every
        // watcher re-read its session.
        if (!this.closed) setTimeout(() => void this.listen().then(() => this.listeners.fireAll()), 500).unref();
      };
      client.on("notification", (message) => {
        if (message.channel === LIVE_CHANNEL && message.payload) this.listeners.fire(message.payload);
      });
      client.on("error", lost);
      client.on("end", lost);
      try {
        await client.connect();
        await client.query(`LISTEN ${LIVE_CHANNEL}`);
        this.client = client;
      } catch {
        client.end().catch(() => undefined);
        if (!this.closed) setTimeout(() => void this.listen().then(() => this.listeners.fireAll()), 1000).unref();
      } finally {
        this.connecting = null;
      }
    })();
    return this.connecting;
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}

/** How often a process serving streams on SQLite reads the signature of the sessions it watches. */
const SQLITE_POLL_MS = 150;

export class SqlitePollingLiveBus implements LiveBus {
  private readonly listeners = new Listeners();
  private readonly signatures = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(
    private readonly database: Db,
    private readonly intervalMs = SQLITE_POLL_MS,
  ) {}

  async publish(sessionId: string): Promise<void> {
    this.listeners.fire(sessionId);
  }

  watch(sessionId: string, onChange: () => void): () => void {
    const stop = this.listeners.add(sessionId, onChange);
    this.timer ??= setInterval(() => void this.poll(), this.intervalMs);
    return () => {
      stop();
      if (this.listeners.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
        this.signatures.clear();
      }
    };
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      for (const id of this.listeners.ids()) {
        const rows = await this.database.$queryRaw<
          { version: number | bigint; seats: number | bigint; answers: number | bigint }[]
        >`
          SELECT s."version",
                 (SELECT COUNT(*) FROM "LiveParticipant" p WHERE p."sessionId" = s."id") AS "seats",
                 (SELECT COUNT(*) FROM "LiveParticipant" p JOIN "Response" r ON r."attemptId" = p."attemptId" WHERE p."sessionId" = s."id") AS "answers"
          FROM "LiveSession" s WHERE s."id" = ${id}`;
        const row = rows[0];
        const signature = row ? `${row.version}:${row.seats}:${row.answers}` : "gone";
        if (this.signatures.get(id) !== signature) {
          this.signatures.set(id, signature);
          this.listeners.fire(id);
        }
      }
    } catch {
      // A busy or briefly unavailable database: the next tick tries again.
    } finally {
      this.polling = false;
    }
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
