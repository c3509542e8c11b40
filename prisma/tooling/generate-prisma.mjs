// Derives the PostgreSQL schema from prisma/schema.prisma and generates both Prisma clients.
// PRISMA_SCHEMA_ENGINE_BINARY=/bin/true keeps `prisma generate` from downloading an engine it
// does not need (the client runs on driver adapters); see README "Databases".
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { derivePostgresSchema } from "./derive-schema.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const sqliteSchema = path.join(root, "prisma/schema.prisma");
const pgSchema = path.join(root, "prisma/postgresql/schema.prisma");

fs.mkdirSync(path.dirname(pgSchema), { recursive: true });
fs.writeFileSync(pgSchema, derivePostgresSchema(fs.readFileSync(sqliteSchema, "utf8")));

const prismaCli = path.join(root, "node_modules/prisma/build/index.js");
for (const schema of [sqliteSchema, pgSchema]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", schema], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
}
