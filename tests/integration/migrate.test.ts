import { migrate } from "@/lib/migrate";
import { createTestDb, type TestDb } from "./harness";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.cleanup());

describe("migrate", () => {
  it("records migrations in Prisma's own table and applies nothing twice", async () => {
    const rows = await t.db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
    expect(await migrate(t.url)).toEqual([]);
  });

  it("creates every model's table", async () => {
    expect(await t.db.user.count()).toBe(0);
    expect(await t.db.rateLimit.count()).toBe(0);
    expect(await t.db.response.count()).toBe(0);
  });
});
