// How many web workers `npm start` runs: on SQLite one (the only process writing the database
// file), on PostgreSQL WEB_CONCURRENCY or one per core.
import type { Env } from "@/lib/env";

export function webWorkers(
  config: Pick<Env, "databaseKind" | "WEB_CONCURRENCY">,
  cores: number,
): { workers: number; note?: string } {
  if (config.databaseKind === "postgresql") return { workers: config.WEB_CONCURRENCY ?? cores };
  if ((config.WEB_CONCURRENCY ?? 1) === 1) return { workers: 1 };
  return {
    workers: 1,
    note: `WEB_CONCURRENCY=${config.WEB_CONCURRENCY} is for PostgreSQL: on SQLite one web worker writes the database file, so one is started.`,
  };
}
