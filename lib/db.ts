import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type BetterSqlite3 from "better-sqlite3";
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

// Under a classroom-sized burst a transaction waits its turn for a connection (or for SQLite's
// single writer) instead of failing after Prisma's default 2 s.
const transactionOptions = { maxWait: 15_000, timeout: 15_000 };

/** The one place a Prisma client is created; the adapter follows the URL. */
export function createDb(url: string): Db {
  if (databaseKind(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: 20 });
    return new PostgresClient({ adapter, transactionOptions }) as unknown as Db;
  }
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const factory = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 5000 });
  const connect = factory.connect.bind(factory);
  const client = new SqliteClient({ adapter: factory, transactionOptions });
  const handle: SqliteHandle = {};
  Object.defineProperty(client, SQLITE, { value: handle });
  factory.connect = async () => {
    const adapter = await connect();
    handle.connection = (adapter as { client?: BetterSqlite3.Database }).client;
    reusePreparedStatements(handle.connection);
    return adapter;
  };
  return client;
}

/**
 * A SQLite client's connection, once Prisma has opened it, kept on the client itself under a
 * registered symbol: `npm start`'s worker creates the client from its own copy of this module and
 * the app's routes use it from Next's bundle, where a module-level map would be another, empty one.
 */
const SQLITE = Symbol.for("eventline.sqlite");
type SqliteHandle = { connection?: BetterSqlite3.Database };
const sqliteHandle = (database: Db) => (database as unknown as { [SQLITE]?: SqliteHandle })[SQLITE];

/** Whether this client talks to SQLite (as opposed to PostgreSQL). */
export function isSqlite(database: Db): boolean {
  return sqliteHandle(database) !== undefined;
}

/** A value as Prisma's SQLite adapter stores it (dates as ISO 8601 text, booleans as 0/1). */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/**
 * The rows of one read, for the few queries on the path of every request. On SQLite it runs
 * synchronously on the client's connection: a query through Prisma costs several times SQLite's own
 * work for rows this small. Values come as the database stores them: on SQLite, dates as text,
 * booleans as 0/1 and integers as bigint, so callers convert (`new Date(…)`, `Number(…)`).
 */
export async function readRows<T>(database: Db, query: Prisma.Sql): Promise<T[]> {
  const connection = sqliteHandle(database)?.connection;
  if (!connection) return database.$queryRaw<T[]>(query);
  return rowsOf(connection.prepare(query.sql).bind(query.values.map(sqliteValue))) as T[];
}

function rowsOf(bound: BetterSqlite3.Statement): Record<string, unknown>[] {
  const names = bound.columns().map((column) => column.name);
  return (bound.raw().all() as unknown[][]).map((row) => Object.fromEntries(names.map((name, i) => [name, row[i]])));
}

/**
 * Runs the statements in one transaction and returns each one's rows (empty for a statement
 * without RETURNING). On SQLite, where every process of `npm start` queues for the one write lock,
 * they run synchronously on the client's connection: the lock is held only while SQLite works,
 * not across the turns of the event loop between Prisma's steps, during which the other
 * worker's busy handler sleeps with its event loop stopped. Elsewhere, or while a Prisma
 * transaction is open on the connection, they run as a Prisma batch (also one transaction).
 * A unique violation is reported as Prisma reports it (see isUniqueViolation).
 */
export async function writeTogether(database: Db, statements: Prisma.Sql[]): Promise<Record<string, unknown>[][]> {
  const connection = sqliteHandle(database)?.connection;
  if (!connection || connection.inTransaction) {
    return database.$transaction(statements.map((statement) => database.$queryRaw<Record<string, unknown>[]>(statement)));
  }
  try {
    // IMMEDIATE: the write lock is taken at BEGIN, where the busy handler waits for it, never
    // in the middle of the transaction, where a stale snapshot would fail at once.
    return connection.transaction(() =>
      statements.map((statement) => {
        const bound = connection.prepare(statement.sql).bind(statement.values.map(sqliteValue));
        if (!bound.reader) {
          bound.run();
          return [];
        }
        return rowsOf(bound);
      }),
    ).immediate();
  } catch (error) {
    if ((error as { code?: unknown }).code === "SQLITE_CONSTRAINT_UNIQUE" || (error as { code?: unknown }).code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
      throw Object.assign(new Error((error as Error).message), { code: "P2002" });
    }
    throw error;
  }
}

type BoundStatement = Pick<BetterSqlite3.Statement, "reader" | "columns"> & { run(): BetterSqlite3.RunResult; raw(): { all(): unknown[] } };

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
  const statements = new Map<string, BetterSqlite3.Statement>();
  const compiled = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = prepare(sql);
      if (statements.size >= 500) statements.clear();
      statements.set(sql, statement);
    }
    return statement;
  };
  const bound = (statement: BetterSqlite3.Statement, args: unknown[]): BoundStatement => ({
    reader: statement.reader,
    columns: () => statement.columns(),
    run: () => statement.run(args),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
  });
  client.prepare = ((sql: string) => {
    const statement = compiled(sql);
    return { reader: statement.reader, run: () => statement.run(), bind: (args: unknown[]) => bound(statement, args) };
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
