import "server-only";
import pg from "pg";
import { isSqlite, type Db } from "@/lib/db";
import { parseEnv } from "@/lib/env";

// Which version of each unit is the latest published one, as one process knows it. Published
// versions never change, so this list is the only thing another process's publish makes stale.
// PostgreSQL: every publish is a NOTIFY, heard by one LISTEN connection per process. SQLite (one
// machine, several workers): a process asks for a cheap signature of the published versions when
// its list is older than SQLITE_CHECK_MS. Either way a second process sees a new version within 1 s.

const UNITS_CHANNEL = "eventline_units";
const SQLITE_CHECK_MS = 250;

export type VersionRef = { id: string; unitId: string; number: number };

export const versionId = (unitId: string, number: number) => `${unitId}@${number}`;
type Latest = Map<string, VersionRef>;

const publishedWhere = { status: "published", document: { not: null } } as const;

/** Each unit's highest published version number, worked out by the database (one row a unit). */
async function readLatest(database: Db): Promise<Latest> {
  const rows = await database.unitVersion.groupBy({ by: ["unitId"], where: publishedWhere, _max: { number: true } });
  const latest: Latest = new Map();
  for (const { unitId, _max } of rows) {
    if (_max.number !== null) latest.set(unitId, { id: versionId(unitId, _max.number), unitId, number: _max.number });
  }
  return latest;
}

async function signature(database: Db): Promise<string> {
  const found = await database.unitVersion.aggregate({ where: publishedWhere, _count: { _all: true }, _max: { publishedAt: true } });
  return `${found._count._all}:${found._max.publishedAt?.getTime() ?? 0}`;
}

class PublishedVersions {
  private latest: Promise<Latest> | null = null;
  private checkedAt = 0;
  private checking: Promise<void> | null = null;
  private known = "";
  private listener: pg.Client | null = null;
  private listening: Promise<void> | null = null;

  constructor(private readonly database: Db) {}

  async get(): Promise<Latest> {
    if (isSqlite(this.database)) await this.checkSqlite();
    else this.listen();
    this.latest ??= readLatest(this.database).catch((error: unknown) => {
      this.latest = null;
      throw error;
    });
    return this.latest;
  }

  invalidate(): void {
    this.latest = null;
  }

  private checkSqlite(): Promise<void> {
    if (this.latest && Date.now() - this.checkedAt < SQLITE_CHECK_MS) return Promise.resolve();
    // Requests arriving together share one signature read.
    this.checking ??= (async () => {
      try {
        const now = await signature(this.database);
        this.checkedAt = Date.now();
        if (now !== this.known) {
          this.known = now;
          this.latest = null;
        }
      } finally {
        this.checking = null;
      }
    })();
    return this.checking;
  }

  // Until the LISTEN connection is up (and after it drops), nothing is cached: a notification
  // missed then would leave a process on an old version.
  private listen(): void {
    if (this.listener) return;
    this.latest = null;
    this.listening ??= (async () => {
      const client = new pg.Client({ connectionString: parseEnv().databaseUrl });
      const lost = () => {
        if (this.listener === client) this.listener = null;
        this.latest = null;
        client.end().catch(() => undefined);
      };
      client.on("notification", (message) => {
        if (message.channel === UNITS_CHANNEL) this.latest = null;
      });
      client.on("error", lost);
      client.on("end", lost);
      try {
        await client.connect();
        await client.query(`LISTEN ${UNITS_CHANNEL}`);
        this.listener = client;
        this.latest = null;
      } catch {
        client.end().catch(() => undefined);
      } finally {
        this.listening = null;
      }
    })();
  }

  async close(): Promise<void> {
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
  }
}

const byDatabase = new WeakMap<Db, PublishedVersions>();

function publishedVersions(database: Db): PublishedVersions {
  let found = byDatabase.get(database);
  if (!found) byDatabase.set(database, (found = new PublishedVersions(database)));
  return found;
}

/** The latest published version of every unit, by unit id. */
export function latestVersions(database: Db): Promise<Latest> {
  return publishedVersions(database).get();
}

/** Tells this process now, and every other process, that a unit has a new published version. */
export async function announcePublished(database: Db, unitId: string): Promise<void> {
  publishedVersions(database).invalidate();
  if (!isSqlite(database)) await database.$executeRaw`SELECT pg_notify(${UNITS_CHANNEL}, ${unitId})`;
}

/** Closes this process's LISTEN connection for `database` (PostgreSQL), if it has one. */
export function stopListening(database: Db): Promise<void> {
  return byDatabase.get(database)?.close() ?? Promise.resolve();
}
