import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import pg from "pg";
import { Prisma, PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgresql/client";
import { env } from "@/lib/env";

// Both generated clients come from the same models (prisma/postgresql/schema.prisma is derived),
// so the SQLite client's type describes either.
export type Db = SqliteClient;
export type DatabaseKind = "sqlite" | "postgresql";

export function databaseKind(url: string): DatabaseKind {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

export function sqliteFilePath(url: string): string {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/** How long a SQLite write waits for the write lock that another connection holds. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

// Under a classroom-sized burst a transaction waits its turn for a connection (or for SQLite's
// single writer) instead of failing after Prisma's default 2 s.
const transactionOptions = { maxWait: 15_000, timeout: 15_000 };

/**
 * The app's own connection beside Prisma's client, for the few statements on the path of every
 * answer (readRows, writeTogether): a query through Prisma costs several times the database's own
 * work for rows this small. On SQLite it is a better-sqlite3 connection of the app's own to the same
 * file (opened on first use), with its compiled statements kept; on PostgreSQL it is the pool that
 * Prisma's adapter is given (PrismaPg takes a pool), on which the app runs named statements.
 */
type Direct = { kind: "sqlite"; sqlite: SqliteConnection } | { kind: "postgresql"; pool: pg.Pool };

/** A client with its own connection, as one value: db()'s process-wide cache keeps both together. */
type Opened = { client: Db; direct: Direct };

function open(url: string): Opened {
  if (databaseKind(url) === "postgresql") {
    const pool = new pg.Pool({ connectionString: url, max: 20, allowExitOnIdle: true });
    // An idle connection that the server closes is dropped by the pool; Prisma's adapter listens
    // while it is connected, this listener for the time between (a disconnected client).
    pool.on("error", () => undefined);
    const client = new PostgresClient({ adapter: new PrismaPg(pool), transactionOptions }) as unknown as Db;
    return { client, direct: { kind: "postgresql", pool } };
  }
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const client = new SqliteClient({
    adapter: new PrismaBetterSqlite3({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS }),
    transactionOptions,
  });
  return { client, direct: { kind: "sqlite", sqlite: new SqliteConnection(file) } };
}

const opened = new WeakMap<Db, Direct>();

/** A new Prisma client, with its own connection (see Direct); the adapter follows the URL. */
export function createDb(url: string): Db {
  const { client, direct } = open(url);
  opened.set(client, direct);
  return client;
}

const globalForDb = globalThis as unknown as { eventlineDb?: Opened };

/**
 * The app's client. One per process: `npm start`'s worker first asks for it from its own copy of
 * this module and the app's routes from Next's bundle, so the client and its connection are kept
 * together in one process-wide cache (a module-level map would be another, empty one per copy).
 */
export function db(): Db {
  globalForDb.eventlineDb ??= open(env().databaseUrl);
  return globalForDb.eventlineDb.client;
}

/** The app's own connection of a client; none for a transaction client (`tx`), whose queries stay in its transaction. */
function directOf(database: Db): Direct | undefined {
  const cached = globalForDb.eventlineDb;
  return opened.get(database) ?? (cached?.client === database ? cached.direct : undefined);
}

/** Disconnects the client and closes the app's own connection (tests and scripts, before dropping a database). */
export async function closeDb(database: Db): Promise<void> {
  await database.$disconnect();
  const direct = directOf(database);
  if (direct?.kind === "sqlite") direct.sqlite.close();
  if (direct?.kind === "postgresql" && !direct.pool.ended) await direct.pool.end();
}

/** Whether this client talks to SQLite (as opposed to PostgreSQL). */
export function isSqlite(database: Db): boolean {
  return directOf(database)?.kind === "sqlite";
}

/** A value as Prisma's SQLite adapter stores it (dates as ISO 8601 text, booleans as 0/1). */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

type Rows = Record<string, unknown>[];
type Compiled = { statement: Database.Statement; columnNames: string[] | null };

/**
 * The app's own SQLite connection: the same file as Prisma's, in WAL mode (set in the file by the
 * migrations), integers read as bigint as Prisma's adapter reads them. Its statements are compiled
 * once per SQL text and kept (Prisma's adapter compiles every query anew, which cost about as much
 * as running it on the answer path). It never waits for the write lock with the event loop stopped
 * (busy timeout 0): the other holder may be a Prisma transaction of this very process, which goes on
 * only when the event loop turns (see whenUnlocked). better-sqlite3 runs one statement at a time on
 * a connection, so a kept statement is never bound twice at once.
 */
class SqliteConnection {
  private opened: {
    connection: Database.Database;
    runAll: Database.Transaction<(batch: SqliteWrite[]) => Outcome[]>;
  } | null = null;
  private readonly compiled = new Map<string, Compiled>();
  readonly writes: SqliteWrites = { waiting: [], running: false };

  constructor(private readonly file: string) {}

  private open() {
    if (this.opened) return this.opened;
    const connection = new Database(this.file, { timeout: 0 });
    connection.defaultSafeIntegers(true);
    // Nested in runAll's transaction, each runOne is a savepoint, rolled back alone if it throws.
    const runOne = connection.transaction((statements: Prisma.Sql[]) =>
      statements.map((statement) => this.run(statement)),
    );
    const runAll = connection.transaction((batch: SqliteWrite[]): Outcome[] =>
      batch.map((write) => {
        try {
          return { rows: runOne(write.statements) };
        } catch (error) {
          // An error that ended the whole transaction (SQLite rolls back on some, such as a full
          // disk) fails every write of the batch: none of them is stored.
          if (!connection.inTransaction) throw error;
          return { error: uniqueAsPrisma(error) };
        }
      }),
    );
    this.opened = { connection, runAll };
    return this.opened;
  }

  /** One statement's rows (none for a statement without RETURNING). */
  run(query: Prisma.Sql): Rows {
    const { statement, columnNames } = this.statement(query.sql);
    const values = query.values.map(sqliteValue);
    if (!columnNames) {
      statement.run(values);
      return [];
    }
    return (statement.raw(true).all(values) as unknown[][]).map((row) => {
      const named: Record<string, unknown> = {};
      for (let i = 0; i < columnNames.length; i++) named[columnNames[i] as string] = row[i];
      return named;
    });
  }

  /** The writes in one IMMEDIATE transaction, each in a savepoint of its own. */
  commit(batch: SqliteWrite[]): Outcome[] {
    return this.open().runAll.immediate(batch);
  }

  close(): void {
    this.opened?.connection.close();
    this.opened = null;
    this.compiled.clear();
  }

  private statement(sql: string): Compiled {
    let entry = this.compiled.get(sql);
    if (!entry) {
      const statement = this.open().connection.prepare(sql);
      // better-sqlite3 builds five fields per column on every `columns()`: the names are kept.
      entry = { statement, columnNames: statement.reader ? statement.columns().map((column) => column.name) : null };
      // A bound, so that statements built with varying texts cannot fill the memory.
      if (this.compiled.size >= 500) this.compiled.clear();
      this.compiled.set(sql, entry);
    }
    return entry;
  }
}

/**
 * Runs `work` (synchronous, on the app's SQLite connection) once the database is not locked: while
 * another connection holds the write lock (a Prisma transaction of this process, held across the
 * turns of its event loop, or another process such as a migration), it is tried again on later
 * turns, so that the holder and other requests go on meanwhile. Past the busy timeout it fails as
 * SQLite does.
 */
async function whenUnlocked<T>(work: () => T): Promise<T> {
  const deadline = Date.now() + SQLITE_BUSY_TIMEOUT_MS;
  for (let tries = 0; ; tries++) {
    try {
      return work();
    } catch (error) {
      // SQLITE_BUSY, or one of its extended codes (SQLITE_BUSY_RECOVERY…): nothing was done.
      const code = (error as { code?: unknown }).code;
      if (typeof code !== "string" || !code.startsWith("SQLITE_BUSY") || Date.now() >= deadline) throw error;
    }
    await new Promise((resolve) => (tries < 2 ? setImmediate(resolve) : setTimeout(resolve, 1)));
  }
}

/** A date as Prisma's PostgreSQL adapter sends it: UTC text, for `timestamp(3)` columns. */
export function postgresTimestamp(date: Date): string {
  return date.toISOString().replace("T", " ").replace("Z", "");
}

/** A value as Prisma's PostgreSQL adapter sends it (dates as postgresTimestamp, also in arrays). */
function postgresValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(postgresValue);
  return value instanceof Date ? postgresTimestamp(value) : value;
}

// Results read as Prisma's PostgreSQL adapter reads them: `timestamp` columns hold UTC (pg would read
// them as local time), and 64-bit integers come as bigint, as on SQLite.
const POSTGRES_OID = { int8: 20, timestamp: 1114, timestamptz: 1184 } as const;
const postgresTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === POSTGRES_OID.timestamp) return (text: string) => `${text.replace(" ", "T")}+00:00`;
    if (oid === POSTGRES_OID.timestamptz)
      return (text: string) => text.replace(" ", "T").replace(/[+-]\d{2}(:\d{2})?$/, "+00:00");
    if (oid === POSTGRES_OID.int8) return (text: string) => BigInt(text);
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig["getTypeParser"],
};

/**
 * Named (prepared) statements: each pool connection parses and plans a statement's text once, then
 * only binds and runs it. The names are given to the first texts seen, up to a bound, so that a
 * query built with a varying text cannot fill the server's memory with statements.
 */
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 100;
function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `eventline_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
}

/** One statement on the pool (its own transaction); a unique violation is reported as Prisma reports it. */
async function postgresRows(pool: pg.Pool, query: Prisma.Sql): Promise<Rows> {
  try {
    const result = await pool.query<Record<string, unknown>>({
      name: statementName(query.text),
      text: query.text,
      values: query.values.map(postgresValue),
      types: postgresTypes,
    });
    return result.rows;
  } catch (error) {
    if ((error as { code?: unknown }).code === "23505")
      throw Object.assign(new Error((error as Error).message), { code: "P2002" });
    throw error;
  }
}

/**
 * The rows of one read, for the few queries on the path of every request, on the app's own
 * connection (see Direct). Values come as the database stores them: dates as text (SQLite, or
 * PostgreSQL's `timestamp` as UTC), and on SQLite booleans as 0/1 and integers as bigint, so
 * callers convert (`new Date(…)`, `Number(…)`). A transaction client's reads go through Prisma.
 */
export async function readRows<T>(database: Db, query: Prisma.Sql): Promise<T[]> {
  const direct = directOf(database);
  if (direct?.kind === "sqlite") return (await whenUnlocked(() => direct.sqlite.run(query))) as T[];
  if (direct?.kind === "postgresql") return (await postgresRows(direct.pool, query)) as T[];
  return database.$queryRaw<T[]>(query);
}

/**
 * Runs the statements in one transaction and returns each one's rows (empty for a statement
 * without RETURNING). On SQLite they run on the app's own connection, and the writes asked for
 * during one turn of the event loop share one transaction (see commitTogether). On PostgreSQL a
 * single statement is its own transaction and runs as one named statement on the pool; several
 * run as a Prisma batch (also one transaction), as they do for a client without its own connection.
 * A unique violation is reported as Prisma reports it (see isUniqueViolation).
 */
export async function writeTogether(database: Db, statements: Prisma.Sql[]): Promise<Rows[]> {
  const direct = directOf(database);
  const [only] = statements;
  if (direct?.kind === "postgresql" && only && statements.length === 1) return [await postgresRows(direct.pool, only)];
  if (direct?.kind !== "sqlite")
    return database.$transaction(statements.map((statement) => database.$queryRaw<Rows>(statement)));
  const { sqlite } = direct;
  return new Promise((resolve, reject) => {
    sqlite.writes.waiting.push({ statements, resolve, reject });
    if (!sqlite.writes.running) {
      sqlite.writes.running = true;
      setImmediate(() => void commitTogether(sqlite));
    }
  });
}

type SqliteWrite = { statements: Prisma.Sql[]; resolve: (rows: Rows[]) => void; reject: (error: unknown) => void };
type SqliteWrites = { waiting: SqliteWrite[]; running: boolean };
type Outcome = { rows: Rows[] } | { error: unknown };

/**
 * SQLite's group commit: the writes waiting for the connection go in one IMMEDIATE transaction,
 * each in a savepoint of its own, so each is still all or nothing and one write's failure (a
 * unique violation) undoes only that write. One lock, one commit and one write of each changed
 * page serve them all. Writes asked for while the lock is taken join the next try.
 */
async function commitTogether(sqlite: SqliteConnection): Promise<void> {
  const { writes } = sqlite;
  const batch: SqliteWrite[] = [];
  try {
    const outcomes = await whenUnlocked(() => {
      batch.push(...writes.waiting.splice(0, WRITES_TOGETHER_MAX - batch.length));
      return sqlite.commit(batch);
    });
    outcomes.forEach((outcome, i) => {
      const write = batch[i] as SqliteWrite;
      if ("rows" in outcome) write.resolve(outcome.rows);
      else write.reject(outcome.error);
    });
  } catch (error) {
    for (const write of batch) write.reject(uniqueAsPrisma(error));
  } finally {
    if (writes.waiting.length > 0) setImmediate(() => void commitTogether(sqlite));
    else writes.running = false;
  }
}
/** At most this many writes share a SQLite transaction. */
const WRITES_TOGETHER_MAX = 64;

/** A unique violation as Prisma reports it (P2002), so that isUniqueViolation knows it. */
function uniqueAsPrisma(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
    return Object.assign(new Error((error as Error).message), { code: "P2002" });
  }
  return error;
}

/**
 * Calls that share round trips on PostgreSQL. While a batch of calls is on its way to the server,
 * the calls that arrive wait and then go together, as one statement (`run` gets them all and gives
 * one result each, in order); when nothing is on its way, a call waits only for the event loop's
 * current turn. Under a class's load this takes the server's per-statement work (round trip,
 * parse, commit) off each answer; at rest nothing changes. `apart` keeps two calls out of one
 * batch (two answers of one attempt: each is then judged after the other, as if sent alone).
 * Should a batch fail, its calls are run again one by one, so one bad call fails only itself.
 * Elsewhere (SQLite, a transaction client) every call runs at once on its own.
 */
export function batched<I, O>(
  run: (database: Db, inputs: I[]) => Promise<O[]>,
  options: { apart?: (a: I, b: I) => boolean } = {},
): (database: Db, input: I) => Promise<O> {
  type Waiting = { input: I; resolve: (output: O) => void; reject: (error: unknown) => void };
  type Queue = { waiting: Waiting[]; inFlight: number; scheduled: boolean };
  const queues = new WeakMap<Db, Queue>();
  const runAlone = async (database: Db, input: I): Promise<O> => {
    const [output] = await run(database, [input]);
    return output as O;
  };
  const take = (queue: Queue): Waiting[] => {
    const batch: Waiting[] = [];
    const rest: Waiting[] = [];
    for (const call of queue.waiting) {
      const fits =
        batch.length < BATCH_MAX && !(options.apart && batch.some((taken) => options.apart?.(taken.input, call.input)));
      (fits ? batch : rest).push(call);
    }
    queue.waiting = rest;
    return batch;
  };
  const flush = (database: Db, queue: Queue) => {
    queue.scheduled = false;
    while (queue.inFlight < BATCHES_IN_FLIGHT && queue.waiting.length > 0) {
      const batch = take(queue);
      queue.inFlight++;
      run(
        database,
        batch.map((call) => call.input),
      )
        .then(
          (outputs) => batch.forEach((call, i) => call.resolve(outputs[i] as O)),
          (error: unknown) => {
            if (batch.length === 1) batch[0]?.reject(error);
            else for (const call of batch) runAlone(database, call.input).then(call.resolve, call.reject);
          },
        )
        .finally(() => {
          queue.inFlight--;
          flush(database, queue);
        });
    }
  };
  return (database, input) => {
    if (directOf(database)?.kind !== "postgresql") return runAlone(database, input);
    let queue = queues.get(database);
    if (!queue) queues.set(database, (queue = { waiting: [], inFlight: 0, scheduled: false }));
    const waiting = queue;
    return new Promise<O>((resolve, reject) => {
      waiting.waiting.push({ input, resolve, reject });
      if (waiting.inFlight < BATCHES_IN_FLIGHT && !waiting.scheduled) {
        waiting.scheduled = true;
        setImmediate(() => flush(database, waiting));
      }
    });
  };
}
/** At most this many calls share a statement, and this many such statements of one kind run at once. */
const BATCH_MAX = 64;
const BATCHES_IN_FLIGHT = 1;

export function currentDatabaseKind(): DatabaseKind {
  return env().databaseKind;
}

function prismaCode(error: unknown): unknown {
  // Checked by code: the SQLite and PostgreSQL clients each have their own error classes.
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

/** A write refused by a unique index (two requests racing for the same row, a taken email). */
export function isUniqueViolation(error: unknown): boolean {
  if (prismaCode(error) === "P2002") return true;
  // A raw statement's failure (P2010) carries the driver adapter's reading of it.
  const meta =
    prismaCode(error) === "P2010"
      ? (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta
      : undefined;
  return meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}
