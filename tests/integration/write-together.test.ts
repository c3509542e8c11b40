import Database from "better-sqlite3";
import { Prisma } from "@/generated/sqlite/client";
import { isUniqueViolation, readRows, sqliteFilePath, writeTogether } from "@/lib/db";
import { createTestDb, type TestDb } from "@/tests/support/test-database";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.cleanup());

const hit = (key: string, count: number) =>
  Prisma.sql`INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (${key}, ${count}, ${new Date("2026-11-28T10:00:00Z")})`;

describe("writeTogether", () => {
  it("runs the statements in order, returns RETURNING rows, and stores dates as Prisma reads them", async () => {
    const [inserted, updated] = await writeTogether(t.db, [
      hit("a", 1),
      Prisma.sql`UPDATE "RateLimit" SET "count" = "count" + ${2} WHERE "key" = ${"a"} RETURNING "count"`,
    ]);
    expect(inserted).toEqual([]);
    expect(updated?.map((row) => Number(row.count))).toEqual([3]);
    const stored = await t.db.rateLimit.findUniqueOrThrow({ where: { key: "a" } });
    expect(stored.windowStart.toISOString()).toBe("2026-11-28T10:00:00.000Z");
  });

  it("rolls every statement back when one fails, and reports a unique violation as such", async () => {
    const error = await writeTogether(t.db, [hit("b", 1), hit("a", 1)]).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(await t.db.rateLimit.findUnique({ where: { key: "b" } })).toBeNull();
  });

  it("keeps each of several writes asked for at once all or nothing: one failing undoes only itself", async () => {
    // On SQLite these share one transaction (a savepoint each); on PostgreSQL each is its own.
    const [first, failing, third] = await Promise.allSettled([
      writeTogether(t.db, [hit("g1", 1)]),
      writeTogether(t.db, [hit("g2", 1), hit("g1", 5)]),
      writeTogether(t.db, [
        hit("g3", 1),
        Prisma.sql`UPDATE "RateLimit" SET "count" = "count" + ${1} WHERE "key" = ${"g3"} RETURNING "count"`,
      ]),
    ]);
    expect(first.status).toBe("fulfilled");
    expect(failing.status === "rejected" && isUniqueViolation(failing.reason)).toBe(true);
    expect(third.status === "fulfilled" && third.value[1]?.map((row) => Number(row.count))).toEqual([2]);
    const stored = await t.db.rateLimit.findMany({
      where: { key: { in: ["g1", "g2", "g3"] } },
      orderBy: { key: "asc" },
    });
    expect(stored.map((row) => [row.key, row.count])).toEqual([
      ["g1", 1],
      ["g3", 2],
    ]);
  });

  it("also works while a Prisma transaction is open on the connection", async () => {
    // The write runs on the app's own connection, not Prisma's: on SQLite it waits, without stopping
    // the event loop, for the write lock this transaction holds, and goes through once it commits.
    let write: Promise<unknown> = Promise.resolve();
    await t.db.$transaction(async (tx) => {
      await tx.rateLimit.create({ data: { key: "c", count: 1, windowStart: new Date() } });
      write = writeTogether(t.db, [hit("d", 1)]);
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    await write;
    expect(await t.db.rateLimit.count({ where: { key: { in: ["c", "d"] } } })).toBe(2);
  });
});

// readRows and a single writeTogether statement run beside Prisma: on the app's own SQLite
// connection, and on PostgreSQL as named statements on the pool Prisma's adapter is given. They must read and write what Prisma does.
describe("the direct queries", () => {
  it("write and read dates (with milliseconds) as Prisma does", async () => {
    const at = new Date("2026-11-28T23:30:00.123Z");
    await writeTogether(t.db, [
      Prisma.sql`INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (${"tz"}, ${7}, ${at})`,
    ]);
    expect((await t.db.rateLimit.findUniqueOrThrow({ where: { key: "tz" } })).windowStart.toISOString()).toBe(
      at.toISOString(),
    );
    await t.db.rateLimit.update({ where: { key: "tz" }, data: { blockedUntil: new Date("2026-12-01T04:05:06.789Z") } });
    const [row] = await readRows<{
      count: number | bigint;
      windowStart: string | Date;
      blockedUntil: string | Date | null;
    }>(t.db, Prisma.sql`SELECT "count", "windowStart", "blockedUntil" FROM "RateLimit" WHERE "key" = ${"tz"}`);
    expect(Number(row?.count)).toBe(7);
    expect(new Date(row!.windowStart).toISOString()).toBe(at.toISOString());
    expect(new Date(row!.blockedUntil!).toISOString()).toBe("2026-12-01T04:05:06.789Z");
  });

  it("report a unique violation of a single statement as Prisma does, and return RETURNING rows", async () => {
    const error = await writeTogether(t.db, [hit("a", 1)]).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    const [rows] = await writeTogether(t.db, [
      Prisma.sql`UPDATE "RateLimit" SET "count" = "count" + ${1} WHERE "key" = ${"a"} RETURNING "key", "count"`,
    ]);
    expect(rows?.map((r) => [r.key, Number(r.count)])).toEqual([["a", 4]]);
  });

  it("give the same answers for many different statements, more than are kept prepared", async () => {
    const texts = Array.from({ length: 130 }, (_, i) => i);
    for (const round of [1, 2]) {
      for (const i of texts) {
        const [row] = await readRows<{ n: number | bigint; key: string }>(
          t.db,
          Prisma.raw(`SELECT ${i} + ${round} AS "n", 'k${i}' AS "key"`),
        );
        expect([Number(row?.n), row?.key]).toEqual([i + round, `k${i}`]);
      }
    }
  });

  it("keep working after the client disconnects (Prisma connects again)", async () => {
    await t.db.$disconnect();
    const count = async () =>
      Number((await readRows<{ n: number | bigint }>(t.db, Prisma.sql`SELECT COUNT(*) AS "n" FROM "RateLimit"`))[0]?.n);
    const before = await count();
    await writeTogether(t.db, [hit("after-disconnect", 1)]);
    expect(await count()).toBe(before + 1);
    await t.db.rateLimit.count();
    expect(await count()).toBe(before + 1);
  });
});

// Another connection holding SQLite's write lock (Prisma's, in a transaction, or another process's):
// the write waits for it without stopping the event loop, so the holder, or other requests, can go on.
describe("waiting for SQLite's write lock", () => {
  it("lets the event loop run until the lock is free, then writes", async () => {
    if (!t.url.startsWith("file:")) return expect(t.url).toMatch(/^postgres/);
    const other = new Database(sqliteFilePath(t.url), { timeout: 5000 });
    try {
      other.exec("BEGIN IMMEDIATE");
      other
        .prepare(
          `INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES ('held', 1, '2026-11-28T10:00:00.000+00:00')`,
        )
        .run();
      const write = writeTogether(t.db, [
        Prisma.sql`UPDATE "RateLimit" SET "count" = "count" + ${1} WHERE "key" = ${"held"} RETURNING "count"`,
      ]);
      // Still waiting: the other connection's row is not visible to it until committed.
      await new Promise((resolve) => setTimeout(resolve, 30));
      other.exec("COMMIT");
      const [rows] = await write;
      expect(rows?.map((r) => Number(r.count))).toEqual([2]);
    } finally {
      if (other.inTransaction) other.exec("ROLLBACK");
      other.close();
    }
  });
});
