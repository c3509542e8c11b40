import { Prisma } from "@/generated/sqlite/client";
import { isUniqueViolation, writeTogether } from "@/lib/db";
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

  it("also works while a Prisma transaction is open on the connection", async () => {
    await t.db.$transaction(async (tx) => {
      await tx.rateLimit.create({ data: { key: "c", count: 1, windowStart: new Date() } });
      await writeTogether(t.db, [hit("d", 1)]);
    });
    expect(await t.db.rateLimit.count({ where: { key: { in: ["c", "d"] } } })).toBe(2);
  });
});
