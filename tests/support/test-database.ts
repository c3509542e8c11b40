import { stopListening } from "@/lib/content/published";
import { syncContent } from "@/lib/content/sync";
import { contentUnits } from "@/tests/support/content";
import { closeDb, db, type Db } from "@/lib/db";
import { migrate } from "@/prisma/tooling/migrate";
import { createScratchDatabase } from "./scratch-database";

// Each test file gets a fresh database migrated exactly as production is: a temp SQLite file, or,
// when TEST_DATABASE_URL is a PostgreSQL URL, a new database on that server, dropped afterwards.
// The app's own `db()` is pointed at it, so route handlers called in the test use it too; `db()`
// keeps its first client, so call this once per test file.

export type TestDb = { db: Db; url: string; cleanup(): Promise<void> };

export async function createTestDb(): Promise<TestDb> {
  const base = process.env.TEST_DATABASE_URL;
  const scratch = await createScratchDatabase(base && /^postgres(ql)?:\/\//.test(base) ? base : undefined);
  await migrate(scratch.url);
  process.env.DATABASE_URL = scratch.url;
  const database = db();
  return {
    db: database,
    url: scratch.url,
    async cleanup() {
      await stopListening(database);
      await closeDb(database);
      await scratch.drop();
    },
  };
}

/**
 * For a whole test file: a fresh database with the units of content/ loaded before the first test
 * and dropped after the last. The returned object is filled in by then.
 */
export function testDbWithContent(): TestDb {
  const holder = {} as TestDb;
  beforeAll(async () => {
    Object.assign(holder, await createTestDb());
    await syncContent(holder.db, contentUnits());
  });
  afterAll(() => holder.cleanup());
  return holder;
}
