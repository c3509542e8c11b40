// The layer rules of docs/ARCHITECTURE.md, held by something that runs: ESLint's import boundaries
// (eslint.config.mjs) and the server-only marker on every module that reaches the database.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

type Message = { ruleId: string | null; message: string };

// Every fixture is linted in one child process (ESLint's flat config is an ES module, which Jest's
// CommonJS runtime cannot load), as if it were the file at its path; the files need not exist.
const LINT_FIXTURES = `
  import { ESLint } from "eslint";
  const fixtures = JSON.parse(process.argv[1]);
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const [filePath, code] of fixtures) {
    const [result] = await eslint.lintText(code, { filePath });
    out.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
  }
  process.stdout.write(JSON.stringify(out));
`;

function lintAll(fixtures: [filePath: string, code: string][]): Message[][] {
  const output = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", LINT_FIXTURES, JSON.stringify(fixtures)],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  return JSON.parse(output) as Message[][];
}

const fixtures: Record<string, [string, string]> = {
  componentDb: ["components/fixture-card.tsx", 'import { db } from "@/lib/db";\nexport const n = db;\n'],
  componentModules: [
    "components/teacher/fixture.tsx",
    [
      'import { listClasses } from "@/lib/classrooms/classrooms";',
      'import fs from "node:fs";',
      'import { currentUser } from "@/lib/http/session";',
      "export const all = [listClasses, fs, currentUser];",
      "",
    ].join("\n"),
  ],
  componentTypes: [
    "components/teacher/fixture.tsx",
    [
      'import type { ClassSummary } from "@/lib/classrooms/classrooms";',
      'import { routes } from "@/lib/routes";',
      "export const f = (c: ClassSummary) => routes.teacherClass(c.id);",
      "",
    ].join("\n"),
  ],
  libNext: ["lib/quiz/fixture.ts", 'import { cookies } from "next/headers";\nexport const c = cookies;\n'],
  httpNext: ["lib/http/fixture.ts", 'import { cookies } from "next/headers";\nexport const c = cookies;\n'],
  httpDist: [
    "lib/http/fixture.ts",
    'import { RequestCookies } from "next/dist/server/web/spec-extension/cookies";\nexport const r = RequestCookies;\n',
  ],
  pageDist: [
    "app/fixture/page.tsx",
    'import { RequestCookies } from "next/dist/server/web/spec-extension/cookies";\nexport const r = RequestCookies;\n',
  ],
};

let results: Record<keyof typeof fixtures, Message[]>;
beforeAll(() => {
  const names = Object.keys(fixtures);
  const messages = lintAll(names.map((name) => fixtures[name] as [string, string]));
  results = Object.fromEntries(
    names.map((name, i) => [name, (messages[i] ?? []).filter((m) => m.ruleId?.endsWith("no-restricted-imports"))]),
  );
}, 120_000);

describe("import boundaries (ESLint)", () => {
  it("refuses a component that imports the database", () => {
    expect(results.componentDb?.map((e) => e.message).join("\n")).toMatch(/Components never import database/);
  });

  it("refuses a component that imports a database module of lib/, the filesystem or the request edge", () => {
    expect(results.componentModules).toHaveLength(3);
  });

  it("lets a component import a type from a database module, and pure modules", () => {
    expect(results.componentTypes).toEqual([]);
  });

  it("keeps next/* inside lib/http and next/dist out of everything", () => {
    expect(results.libNext).toHaveLength(1);
    expect(results.httpNext).toEqual([]);
    expect(results.httpDist).toHaveLength(1);
    expect(results.pageDist).toHaveLength(1);
  });
});

describe("server-only", () => {
  it("marks every lib/ module that reaches the database", () => {
    const reachesDatabase = /from "@\/lib\/db"|from "@\/generated\//;
    const unmarked = sourceFiles("lib").filter((file) => {
      const text = fs.readFileSync(path.join(root, file), "utf8");
      return reachesDatabase.test(text) && !/^import "server-only";/m.test(text);
    });
    expect(unmarked).toEqual([]);
  });
});
