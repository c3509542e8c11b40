import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type BetterSqlite3 from "better-sqlite3";
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

/** How long a SQLite write waits for the write lock that another process holds. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

// Under a classroom-sized burst a transaction waits its turn for a connection (or for SQLite's
// single writer) instead of failing after Prisma's default 2 s.
const transactionOptions = { maxWait: 15_000, timeout: 15_000 };

/** The one place a Prisma client is created; the adapter follows the URL. */
export function createDb(url: string): Db {
  const handle: DirectHandle = {};
  if (databaseKind(url) === "postgresql") {
    const factory = new PrismaPg({ connectionString: url, max: 20 });
    const connect = factory.connect.bind(factory);
    factory.connect = async () => {
      const adapter = await connect();
      handle.pool = adapter.underlyingDriver();
      forgetOnDispose(adapter, handle);
      return adapter;
    };
    const client = new PostgresClient({ adapter: factory, transactionOptions }) as unknown as Db;
    Object.defineProperty(client, DIRECT, { value: handle });
    return client;
  }
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const factory = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  const connect = factory.connect.bind(factory);
  const client = new SqliteClient({ adapter: factory, transactionOptions });
  handle.sqlite = true;
  Object.defineProperty(client, DIRECT, { value: handle });
  factory.connect = async () => {
    const adapter = await connect();
    handle.connection = (adapter as { client?: BetterSqlite3.Database }).client;
    reusePreparedStatements(handle.connection);
    forgetOnDispose(adapter, handle);
    return adapter;
  };
  return client;
}

/** A disconnected client's connection or pool is closed: until Prisma connects again, queries go through Prisma. */
function forgetOnDispose(adapter: { dispose(): Promise<void> }, handle: DirectHandle): void {
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = () => {
    handle.connection = undefined;
    handle.pool = undefined;
    return dispose();
  };
}

/**
 * A client's own connection (SQLite) or pool (PostgreSQL), once Prisma has opened it, kept on the
 * client itself under a registered symbol: `npm start`'s worker creates the client from its own copy
 * of this module and the app's routes use it from Next's bundle, where a module-level map would be
 * another, empty one. A transaction client (`tx`) has none, so its queries stay in its transaction.
 */
const DIRECT = Symbol.for("eventline.sqlite");
type DirectHandle = { sqlite?: true; connection?: BetterSqlite3.Database; pool?: pg.Pool; writes?: SqliteWrites };
const directHandle = (database: Db) => (database as unknown as { [DIRECT]?: DirectHandle })[DIRECT];

/** Whether this client talks to SQLite (as opposed to PostgreSQL). */
export function isSqlite(database: Db): boolean {
  return directHandle(database)?.sqlite === true;
}

/** A value as Prisma's SQLite adapter stores it (dates as ISO 8601 text, booleans as 0/1). */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
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
    if (oid === POSTGRES_OID.timestamptz) return (text: string) => text.replace(" ", "T").replace(/[+-]\d{2}(:\d{2})?$/, "+00:00");
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
async function postgresRows(pool: pg.Pool, query: Prisma.Sql): Promise<Record<string, unknown>[]> {
  try {
    const result = await pool.query<Record<string, unknown>>({ name: statementName(query.text), text: query.text, values: query.values.map(postgresValue), types: postgresTypes });
    return result.rows;
  } catch (error) {
    if ((error as { code?: unknown }).code === "23505") throw Object.assign(new Error((error as Error).message), { code: "P2002" });
    throw error;
  }
}

/**
 * The rows of one read, for the few queries on the path of every request: a query through Prisma
 * costs several times the database's own work for rows this small. On SQLite it runs synchronously
 * on the client's connection; on PostgreSQL as a named statement on Prisma's own pool. Values come
 * as the database stores them: dates as text (SQLite, or PostgreSQL's `timestamp` as UTC), and on
 * SQLite booleans as 0/1 and integers as bigint, so callers convert (`new Date(…)`, `Number(…)`).
 */
export async function readRows<T>(database: Db, query: Prisma.Sql): Promise<T[]> {
  const handle = directHandle(database);
  if (handle?.connection) return rowsOf(handle.connection.prepare(query.sql).bind(query.values.map(sqliteValue)) as unknown as BoundStatement) as T[];
  if (handle?.pool) return (await postgresRows(handle.pool, query)) as T[];
  return database.$queryRaw<T[]>(query);
}

function rowsOf(bound: BoundStatement): Record<string, unknown>[] {
  const names = columnNames(bound);
  return (bound.raw().all() as unknown[][]).map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) row[names[i] as string] = values[i];
    return row;
  });
}

/**
 * Runs the statements in one transaction and returns each one's rows (empty for a statement
 * without RETURNING). On SQLite, where every process of `npm start` queues for the one write lock,
 * they run synchronously on the client's connection: the lock is held only while SQLite works,
 * not across the turns of the event loop between Prisma's steps, during which the other
 * worker's busy handler sleeps with its event loop stopped. The writes asked for during one turn
 * of the event loop share one transaction (see commitTogether). On PostgreSQL a single statement is
 * its own transaction and runs as one named statement on the pool. Otherwise, or while a Prisma
 * transaction is open on the SQLite connection, they run as a Prisma batch (also one transaction).
 * A unique violation is reported as Prisma reports it (see isUniqueViolation).
 */
export async function writeTogether(database: Db, statements: Prisma.Sql[]): Promise<Record<string, unknown>[][]> {
  const handle = directHandle(database);
  const [only] = statements;
  if (handle?.pool && only && statements.length === 1) return [await postgresRows(handle.pool, only)];
  const connection = handle?.connection;
  if (!handle || !connection || connection.inTransaction) return prismaWrite(database, statements);
  return new Promise((resolve, reject) => {
    const writes = (handle.writes ??= { waiting: [], running: false });
    writes.waiting.push({ statements, resolve, reject });
    if (!writes.running) {
      writes.running = true;
      setImmediate(() => void commitTogether(database, handle, writes));
    }
  });
}

/** Writes as a Prisma batch (one transaction), for when the connection cannot be used directly. */
function prismaWrite(database: Db, statements: Prisma.Sql[]): Promise<Record<string, unknown>[][]> {
  return database.$transaction(statements.map((statement) => database.$queryRaw<Record<string, unknown>[]>(statement)));
}

type SqliteWrite = { statements: Prisma.Sql[]; resolve: (rows: Record<string, unknown>[][]) => void; reject: (error: unknown) => void };
type SqliteWrites = { waiting: SqliteWrite[]; running: boolean };

/**
 * SQLite's group commit: the writes waiting on this connection go in one IMMEDIATE transaction,
 * each in a savepoint of its own, so each is still all or nothing and one write's failure (a
 * unique violation) undoes only that write. One lock, one commit and one write of each changed
 * page serve them all. Writes asked for while the lock is being waited for join the next try.
 */
async function commitTogether(database: Db, handle: DirectHandle, writes: SqliteWrites): Promise<void> {
  const connection = handle.connection;
  const viaPrisma = (batch: SqliteWrite[]) => {
    for (const write of batch) prismaWrite(database, write.statements).then(write.resolve, write.reject);
  };
  // The connection closed since these writes were asked for.
  if (!connection) {
    viaPrisma(writes.waiting.splice(0));
    writes.running = false;
    return;
  }
  const runOne = connection.transaction((statements: Prisma.Sql[]) =>
    statements.map((statement) => {
      const bound = connection.prepare(statement.sql).bind(statement.values.map(sqliteValue)) as unknown as BoundStatement;
      if (!bound.reader) {
        bound.run();
        return [];
      }
      return rowsOf(bound);
    }),
  );
  type Outcome = { rows: Record<string, unknown>[][] } | { error: unknown };
  // Nested in the transaction below, each runOne is a savepoint, rolled back alone if it throws.
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
  const batch: SqliteWrite[] = [];
  try {
    // While another process holds the write lock (for well under a millisecond, see above), SQLite's
    // busy handler would sleep 1, 2, 5, 10… ms with this process's event loop stopped. Instead the
    // lock is asked for without waiting, and between tries the event loop serves other requests.
    // Past the same time limit, one last try waits as SQLite does and fails as it did.
    const deadline = Date.now() + SQLITE_BUSY_TIMEOUT_MS;
    for (let tries = 0; ; tries++) {
      batch.push(...writes.waiting.splice(0, WRITES_TOGETHER_MAX - batch.length));
      if (connection.inTransaction) {
        // A Prisma transaction is open on the connection (opened since these writes were asked
        // for, or while the lock was awaited): they must not run inside it.
        viaPrisma(batch);
        return;
      }
      const last = Date.now() >= deadline;
      if (!last) connection.exec("PRAGMA busy_timeout = 0");
      try {
        const outcomes = runAll.immediate(batch);
        outcomes.forEach((outcome, i) => {
          const write = batch[i] as SqliteWrite;
          if ("rows" in outcome) write.resolve(outcome.rows);
          else write.reject(outcome.error);
        });
        return;
      } catch (error) {
        if (last || (error as { code?: unknown }).code !== "SQLITE_BUSY") {
          for (const write of batch) write.reject(uniqueAsPrisma(error));
          return;
        }
      } finally {
        // Restored before the event loop turns: other requests' queries on this connection wait as usual.
        if (!last) connection.exec(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
      }
      await new Promise((resolve) => (tries < 2 ? setImmediate(resolve) : setTimeout(resolve, 1)));
    }
  } finally {
    if (writes.waiting.length > 0) setImmediate(() => void commitTogether(database, handle, writes));
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
      const fits = batch.length < BATCH_MAX && !(options.apart && batch.some((taken) => options.apart?.(taken.input, call.input)));
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
      run(database, batch.map((call) => call.input))
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
    if (!directHandle(database)?.pool) return runAlone(database, input);
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

type BoundStatement = Pick<BetterSqlite3.Statement, "reader" | "columns"> & { run(): BetterSqlite3.RunResult; raw(): { all(): unknown[] }; columnNames?: string[] };

/** A statement's column names (better-sqlite3 builds five fields per column on every `columns()`). */
function columnNames(bound: BoundStatement): string[] {
  return bound.columnNames ?? bound.columns().map((column) => column.name);
}

/**
 * Prisma's SQLite adapter prepares every query anew (`client.prepare(sql).bind(args)`); compiling
 * the SQL took about as long as running it on the answer path. Each connection keeps its compiled
 * statements by SQL text instead, bound per call: better-sqlite3 runs one statement at a time on a
 * connection, so a statement is never bound twice at once. Without the adapter's `client`
 * (another adapter version), queries run as before.
 */
function reusePreparedStatements(client: BetterSqlite3.Database | undefined): void {
  if (!client || typeof client.prepare !== "function") return;
  const prepare = client.prepare.bind(client);
  type Compiled = { statement: BetterSqlite3.Statement; columnNames?: string[] };
  const statements = new Map<string, Compiled>();
  const compiled = (sql: string) => {
    let entry = statements.get(sql);
    if (!entry) {
      const statement = prepare(sql);
      entry = { statement, columnNames: statement.reader ? statement.columns().map((column) => column.name) : undefined };
      if (statements.size >= 500) statements.clear();
      statements.set(sql, entry);
    }
    return entry;
  };
  const bound = ({ statement, columnNames }: Compiled, args: unknown[]): BoundStatement => ({
    reader: statement.reader,
    columnNames,
    columns: () => statement.columns(),
    run: () => statement.run(args),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
  });
  client.prepare = ((sql: string) => {
    const entry = compiled(sql);
    return { reader: entry.statement.reader, run: () => entry.statement.run(), bind: (args: unknown[]) => bound(entry, args) };
  }) as unknown as typeof client.prepare;
}

const globalForDb = globalThis as unknown as { eventlineDb?: Db };

export function db(): Db {
  globalForDb.eventlineDb ??= createDb(env().databaseUrl);
  return globalForDb.eventlineDb;
}

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
  const meta = prismaCode(error) === "P2010" ? (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta : undefined;
  return meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}

/** An update or delete whose row was not there (or no longer matched its condition). */
export function isRecordNotFound(error: unknown): boolean {
  return prismaCode(error) === "P2025";
}
