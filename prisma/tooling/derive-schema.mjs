// The PostgreSQL schema differs from the SQLite one only in its provider and client output.
export function derivePostgresSchema(source) {
  return source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../generated/sqlite"', 'output       = "../../generated/postgresql"')
    .replace(
      "// The one place the data model is written.",
      "// GENERATED from prisma/schema.prisma by prisma/tooling/generate-prisma.mjs: do not edit.\n// The one place the data model is written is that file.",
    );
}
