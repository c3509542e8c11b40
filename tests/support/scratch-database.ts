import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// A throwaway database for a test file or a benchmark: a temp SQLite file, or a new database on
// the PostgreSQL server `postgresBase` points at, dropped afterwards.

export type ScratchDatabase = { url: string; kind: "sqlite" | "postgresql"; drop(): Promise<void> };

export async function createScratchDatabase(postgresBase?: string): Promise<ScratchDatabase> {
  if (!postgresBase) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-"));
    return {
      url: `file:${path.join(dir, "scratch.db")}`,
      kind: "sqlite",
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const { default: pg } = await import("pg");
  const name = `eventline_scratch_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgresBase });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresBase);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "postgresql",
    async drop() {
      const c = new pg.Client({ connectionString: postgresBase });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Benchmarks: PostgreSQL with `--postgres` (or BENCH_DATABASE_URL), SQLite otherwise. */
export function benchPostgresBase(): string | undefined {
  return (
    process.env.BENCH_DATABASE_URL ??
    (process.argv.includes("--postgres") ? "postgresql://postgres@127.0.0.1:5432/postgres" : undefined)
  );
}
