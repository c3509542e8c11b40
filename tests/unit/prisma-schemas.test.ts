import fs from "node:fs";
import path from "node:path";

// The PostgreSQL schema is derived from the SQLite one; a hand edit to either would let them drift.
describe("the PostgreSQL schema", () => {
  it("is exactly the derivation of prisma/schema.prisma", async () => {
    const { derivePostgresSchema } = await import("@/prisma/tooling/derive-schema.mjs");
    const root = process.cwd();
    const source = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
    const derived = fs.readFileSync(path.join(root, "prisma/postgresql/schema.prisma"), "utf8");
    expect(derived).toBe(derivePostgresSchema(source));
    expect(derived).toContain('provider = "postgresql"');
  });

  it("has a migration snapshot matching each schema (no model change without a migration)", () => {
    const root = process.cwd();
    const pairs = [
      ["prisma/schema.prisma", "prisma/migrations/schema.snapshot.prisma"],
      ["prisma/postgresql/schema.prisma", "prisma/postgresql/migrations/schema.snapshot.prisma"],
    ];
    for (const [schema, snapshot] of pairs) {
      expect(fs.readFileSync(path.join(root, snapshot!), "utf8")).toBe(
        fs.readFileSync(path.join(root, schema!), "utf8"),
      );
    }
  });
});
