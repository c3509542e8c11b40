import fs from "node:fs";
import path from "node:path";
import { Prisma as SqlitePrisma } from "@/generated/sqlite/browser";
import { Prisma as PostgresPrisma } from "@/generated/postgresql/browser";
import { answerStoreStatements } from "@/lib/quiz/answer-store";

// The answer store's SQL is written by hand (lib/quiz/answer-store.ts). Every table and column it
// names must exist in the Prisma schema: in prisma/schema.prisma (and its PostgreSQL derivation) as
// written, and in the generated clients (model names and each model's scalar fields), so that
// renaming one fails here, not at run time.

type Schema = Map<string, Set<string>>;

/** A schema file's models with their column fields (relation fields, typed by another model, left out). */
function schemaFile(file: string): Schema {
  const text = fs.readFileSync(path.join(process.cwd(), file), "utf8");
  const blocks = [...text.matchAll(/^model\s+(\w+)\s*\{([^}]*)\}/gm)].map(
    ([, model, body]) => [model as string, body as string] as const,
  );
  const models = new Set(blocks.map(([model]) => model));
  const schema: Schema = new Map();
  for (const [model, body] of blocks) {
    const fields = new Set<string>();
    for (const [, field, type] of body.matchAll(/^\s*(\w+)\s+(\w+)/gm))
      if (!models.has(type as string)) fields.add(field as string);
    schema.set(model, fields);
  }
  return schema;
}

function schemaOf(namespace: Record<string, unknown>): Schema {
  const models = namespace.ModelName as Record<string, string>;
  const schema: Schema = new Map();
  for (const model of Object.values(models)) {
    const fields = namespace[`${model}ScalarFieldEnum`] as Record<string, string> | undefined;
    schema.set(model, new Set(Object.values(fields ?? {})));
  }
  return schema;
}

const KEYWORDS = new Set(["ON", "SET", "WHERE", "LEFT", "JOIN", "AS", "SELECT", "VALUES", "GROUP", "ORDER"]);

/** The names in `sql` that the schema does not have, each with where it was found. */
export function unknownNames(sql: string, schema: Schema): string[] {
  const text = sql.replace(/'[^']*'/g, "''");
  const problems: string[] = [];
  // Tables: a quoted name after FROM, JOIN, INTO or UPDATE, with its alias when one follows.
  const aliases = new Map<string, string>();
  const tables = new Set<string>();
  for (const [, table, alias] of text.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+"(\w+)"(?:\s+(\w+))?/gi)) {
    if (!schema.has(table as string)) {
      problems.push(`table "${table}"`);
      continue;
    }
    tables.add(table as string);
    if (alias && !KEYWORDS.has(alias.toUpperCase())) aliases.set(alias, table as string);
  }
  // Names the statement defines itself: output columns (AS "x") and the column lists of its inputs (AS i("a", "b")).
  const defined = new Set<string>();
  for (const [, name] of text.matchAll(/\bAS\s+"(\w+)"/gi)) defined.add(name as string);
  for (const [, list] of text.matchAll(/\bAS\s+\w+\s*\(([^)]*)\)/gi))
    for (const [, name] of (list as string).matchAll(/"(\w+)"/g)) defined.add(name as string);
  const anyColumn = (name: string) => defined.has(name) || [...tables].some((table) => schema.get(table)?.has(name));
  // Columns qualified by a table's alias must be that table's; any other quoted name must be a
  // column of a table the statement names, or one it defines.
  for (const match of text.matchAll(/(?:\b(\w+)\.)?"(\w+)"/g)) {
    const [, qualifier, name] = match as unknown as [string, string | undefined, string];
    if (!qualifier && schema.has(name) && tables.has(name)) continue;
    const table = qualifier ? aliases.get(qualifier) : undefined;
    if (table) {
      if (!schema.get(table)?.has(name)) problems.push(`column ${qualifier}."${name}" of "${table}"`);
    } else if (!anyColumn(name)) {
      problems.push(`column ${qualifier ? `${qualifier}.` : ""}"${name}"`);
    }
  }
  return problems;
}

const schemas = {
  sqlite: schemaFile("prisma/schema.prisma"),
  postgresql: schemaFile("prisma/postgresql/schema.prisma"),
  sqliteClient: schemaOf(SqlitePrisma as unknown as Record<string, unknown>),
  postgresClient: schemaOf(PostgresPrisma as unknown as Record<string, unknown>),
};

describe("the answer store's SQL", () => {
  it("knows the tables it reads", () => {
    for (const table of ["Session", "User", "Attempt", "Question", "ReviewCard", "Response"])
      expect(schemas.sqlite.has(table)).toBe(true);
    // The schema file read as the generated client reads it.
    expect(schemas.sqliteClient).toEqual(schemas.sqlite);
  });

  it.each(answerStoreStatements().map(({ name, sql }) => [name, sql.sql] as const))(
    "%s names only tables and columns of the Prisma schema",
    (_name, sql) => {
      for (const schema of Object.values(schemas)) expect(unknownNames(sql, schema)).toEqual([]);
    },
  );

  it("would catch a renamed table or column", () => {
    const [read] = answerStoreStatements();
    const sql = read!.sql.sql;
    expect(unknownNames(sql.replace(`a."answeredCount"`, `a."answersCount"`), schemas.sqlite)).toEqual([
      `column a."answersCount" of "Attempt"`,
    ]);
    expect(unknownNames(sql.replace(`"ReviewCard" c`, `"ReviewCards" c`), schemas.sqlite)).toContain(
      `table "ReviewCards"`,
    );
    const writes = answerStoreStatements().filter((s) => s.name.startsWith("write answer (SQLite)"));
    expect(
      unknownNames(writes[0]!.sql.sql.replace(`SET "answeredCount"`, `SET "answersCount"`), schemas.sqlite),
    ).toEqual([`column "answersCount"`]);
  });
});
