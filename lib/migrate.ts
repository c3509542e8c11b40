import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseKind, sqliteFilePath } from "@/lib/db";

// Applies the standard Prisma migration folders through the driver, recording them in Prisma's own
// `_prisma_migrations` layout, so that `prisma migrate deploy` (where Prisma can fetch its engine)
// sees them as applied. Prisma 7's CLI needs a native engine this machine cannot download.

export function migrationsDir(kind: "sqlite" | "postgresql"): string {
  return path.join(process.cwd(), kind === "sqlite" ? "prisma/migrations" : "prisma/postgresql/migrations");
}

function listMigrations(dir: string) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const TABLE_SQLITE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;
const TABLE_PG = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;
const APPLIED = `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;

/** Returns the names of the migrations it applied. */
export async function migrate(url: string): Promise<string[]> {
  return databaseKind(url) === "sqlite" ? migrateSqlite(url) : migratePostgres(url);
}

async function migrateSqlite(url: string): Promise<string[]> {
  const { default: Database } = await import("better-sqlite3");
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const conn = new Database(file, { timeout: 5000 });
  try {
    // WAL is stored in the file: every later connection, from any process, uses it.
    conn.pragma("journal_mode = WAL");
    conn.exec(TABLE_SQLITE);
    const done = new Set((conn.prepare(APPLIED).all() as { migration_name: string }[]).map((r) => r.migration_name));
    const applied: string[] = [];
    for (const m of listMigrations(migrationsDir("sqlite")).filter((m) => !done.has(m.name))) {
      conn.transaction(() => {
        conn.exec(m.sql);
        const now = new Date().toISOString();
        conn
          .prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
          )
          .run(crypto.randomUUID(), m.checksum, m.name, now, now);
      })();
      applied.push(m.name);
    }
    // Refreshes the query planner's statistics where they are stale (cheap when they are not).
    conn.pragma("optimize");
    return applied;
  } finally {
    conn.close();
  }
}

async function migratePostgres(url: string): Promise<string[]> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Several app instances may start at once: one migrates, the others wait for it.
    await client.query("SELECT pg_advisory_lock(727274)");
    await client.query(TABLE_PG);
    const done = new Set((await client.query(APPLIED)).rows.map((r: { migration_name: string }) => r.migration_name));
    const applied: string[] = [];
    for (const m of listMigrations(migrationsDir("postgresql")).filter((m) => !done.has(m.name))) {
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
