import { getUnits } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { db, type Db } from "@/lib/db";
import { migrate } from "@/lib/migrate";
import { createScratchDatabase } from "@/tests/scratch-database";

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
      await database.$disconnect();
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
    await syncContent(holder.db, getUnits());
  });
  afterAll(() => holder.cleanup());
  return holder;
}

/** A Request as a browser on this site would send it; `cookie` is a session token. */
export function jsonRequest(
  url: string,
  init: { method?: string; body?: unknown; rawBody?: string; cookie?: string; origin?: string | null; headers?: Record<string, string> } = {},
): Request {
  const headers = new Headers({ host: "localhost:3000", ...init.headers });
  if (init.origin !== null) headers.set("origin", init.origin ?? "http://localhost:3000");
  if (init.cookie) headers.set("cookie", `eventline_session=${init.cookie}`);
  let body: string | undefined;
  if (init.rawBody !== undefined) body = init.rawBody;
  else if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  return new Request(new URL(url, "http://localhost:3000"), { method: init.method ?? (body ? "POST" : "GET"), headers, body });
}

/** The session token a response set, if any. */
export function sessionTokenFrom(res: Response): string | undefined {
  const header = res.headers.get("set-cookie") ?? "";
  return /eventline_session=([^;]*)/.exec(header)?.[1] || undefined;
}
