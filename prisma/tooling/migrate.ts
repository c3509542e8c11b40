import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseKind, sqliteFilePath } from "@/lib/db";

// Applies the standard Prisma migration folders through the driver, recording them in Prisma's own
// `_prisma_migrations` layout, so that `prisma migrate deploy` (where Prisma can fetch its engine)
// sees them as applied. Prisma 7's CLI needs a native engine this machine cannot download.

type Kind = "sqlite" | "postgresql";
type Migration = { name: string; sql: string; checksum: string };
type AppliedRow = { migration_name: string; checksum: string };

export function migrationsDir(kind: Kind): string {
  return path.join(process.cwd(), kind === "sqlite" ? "prisma/migrations" : "prisma/postgresql/migrations");
}

/** Prisma's checksum of a migration: the SHA-256 of its migration.sql, in hex. */
export function migrationChecksum(sql: string): string {
  return crypto.createHash("sha256").update(sql).digest("hex");
}

function listMigrations(dir: string): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    });
}

/** A migration whose file no longer matches what was applied: the database and the folder disagree. */
export class EditedMigrationError extends Error {
  constructor(
    readonly migration: string,
    dir: string,
  ) {
    const file = path.relative(process.cwd(), path.join(dir, migration, "migration.sql"));
    super(
      `Migration ${migration} was edited after it was applied to this database: ${file} no longer matches ` +
        `the checksum recorded in _prisma_migrations. Nothing was migrated. Restore the file as it was ` +
        `(for example \`git checkout -- ${file}\`) and write the change as a new migration ` +
        `(\`npm run db:new-migration -- <name>\`).`,
    );
    this.name = "EditedMigrationError";
  }
}

/**
 * The migrations still to apply, in order, after checking that every applied one is unchanged.
 * Checked before anything runs, so an edited migration leaves the database as it was.
 */
function pending(dir: string, applied: AppliedRow[]): Migration[] {
  const stored = new Map(applied.map((r) => [r.migration_name, r.checksum]));
  const onDisk = listMigrations(dir);
  const edited = onDisk.find((m) => stored.has(m.name) && stored.get(m.name) !== m.checksum);
  if (edited) throw new EditedMigrationError(edited.name, dir);
  return onDisk.filter((m) => !stored.has(m.name));
}

const TABLE_SQLITE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;
const TABLE_PG = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;
const APPLIED = `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;

/**
 * Returns the names of the migrations it applied. Throws EditedMigrationError, applying nothing,
 * when an applied migration's file was changed since. `dir` replaces the provider's standard
 * migrations folder (tests).
 */
export async function migrate(url: string, options: { dir?: string } = {}): Promise<string[]> {
  const kind = databaseKind(url);
  const dir = options.dir ?? migrationsDir(kind);
  return kind === "sqlite" ? migrateSqlite(url, dir) : migratePostgres(url, dir);
}

async function migrateSqlite(url: string, dir: string): Promise<string[]> {
  const { default: Database } = await import("better-sqlite3");
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const conn = new Database(file, { timeout: 5000 });
  try {
    // WAL is stored in the file: every later connection, from any process, uses it.
    conn.pragma("journal_mode = WAL");
    conn.exec(TABLE_SQLITE);
    const todo = pending(dir, conn.prepare(APPLIED).all() as AppliedRow[]);
    const applied: string[] = [];
    // Prisma redefines a SQLite table (copy, drop, rename) between PRAGMA foreign_keys=OFF and ON,
    // which do nothing inside a transaction: dropping the old table would delete, by cascade, the
    // rows that point at it. So the keys are off around each migration and checked before its commit.
    conn.pragma("foreign_keys = OFF");
    for (const m of todo) {
      conn.transaction(() => {
        conn.exec(m.sql);
        const broken = conn.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0)
          throw new Error(`Migration ${m.name} leaves ${broken.length} row(s) whose foreign keys point nowhere`);
        const now = new Date().toISOString();
        conn
          .prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
          )
          .run(crypto.randomUUID(), m.checksum, m.name, now, now);
      })();
      applied.push(m.name);
    }
    conn.pragma("foreign_keys = ON");
    // Refreshes the query planner's statistics where they are stale (cheap when they are not).
    conn.pragma("optimize");
    return applied;
  } finally {
    conn.close();
  }
}

async function migratePostgres(url: string, dir: string): Promise<string[]> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Several app instances may start at once: one migrates, the others wait for it. The lock
    // ends with the connection, also when a migration fails.
    await client.query("SELECT pg_advisory_lock(727274)");
    await client.query(TABLE_PG);
    const todo = pending(dir, (await client.query<AppliedRow>(APPLIED)).rows);
    const applied: string[] = [];
    for (const m of todo) {
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`,
          [crypto.randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
      applied.push(m.name);
    }
    await client.query("SELECT pg_advisory_unlock(727274)");
    return applied;
  } finally {
    await client.end();
  }
}
