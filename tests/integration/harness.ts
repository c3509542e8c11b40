import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db, type Db } from "@/lib/db";
import { migrate } from "@/lib/migrate";

// Each test file gets a fresh database migrated exactly as production is: a temp SQLite file, or,
// when TEST_DATABASE_URL is a PostgreSQL URL, a new database on that server, dropped afterwards.
// The app's own `db()` is pointed at it, so route handlers called in the test use it too.

export type TestDb = { db: Db; url: string; cleanup(): Promise<void> };

export async function createTestDb(): Promise<TestDb> {
  const base = process.env.TEST_DATABASE_URL;
  if (base && /^postgres(ql)?:\/\//.test(base)) return createPostgresDb(base);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  await migrate(url);
  process.env.DATABASE_URL = url;
  const database = db();
  return {
    db: database,
    url,
    async cleanup() {
      await database.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresDb(base: string): Promise<TestDb> {
  const { default: pg } = await import("pg");
  const name = `eventline_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  const url = u.toString();
  await migrate(url);
  process.env.DATABASE_URL = url;
  const database = db();
  return {
    db: database,
    url,
    async cleanup() {
      await database.$disconnect();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
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
