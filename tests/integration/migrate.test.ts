import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseKind } from "@/lib/db";
import { EditedMigrationError, migrate, migrationsDir } from "@/prisma/tooling/migrate";
import { createTestDb, type TestDb } from "@/tests/support/test-database";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.cleanup());

const appliedNames = async () =>
  (
    await t.db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    )
  ).map((r) => r.migration_name);

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

  it("refuses a migration edited after it was applied, naming it, and applies nothing", async () => {
    // A copy of this provider's migrations, already applied to the test database, plus a new one.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-migrations-"));
    try {
      fs.cpSync(migrationsDir(databaseKind(t.url)), dir, { recursive: true });
      const later = "29991231000000_probe_table";
      fs.mkdirSync(path.join(dir, later));
      fs.writeFileSync(
        path.join(dir, later, "migration.sql"),
        `CREATE TABLE "ProbeTable" ("id" INTEGER PRIMARY KEY);\n`,
      );
      const first = fs
        .readdirSync(dir)
        .filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")))
        .sort()[0]!;
      const file = path.join(dir, first, "migration.sql");
      const original = fs.readFileSync(file, "utf8");
      fs.writeFileSync(file, `${original}\n-- an edit after the fact\n`);

      const refused = migrate(t.url, { dir });
      await expect(refused).rejects.toThrow(EditedMigrationError);
      await expect(refused).rejects.toThrow(new RegExp(`^Migration ${first} was edited after it was applied`));
      expect(await appliedNames()).not.toContain(later);

      // The same folder with the file as it was applies the new migration only.
      fs.writeFileSync(file, original);
      expect(await migrate(t.url, { dir })).toEqual([later]);
      expect(await appliedNames()).toContain(later);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
