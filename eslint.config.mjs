import fs from "node:fs";
import path from "node:path";
import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The modules of lib/ that touch the database or secrets: every one starts with
 * `import "server-only"` (tests/unit/layers.test.ts holds them to it), so the list is read, not kept.
 */
function serverOnlyModules(dir = "lib") {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...serverOnlyModules(file));
    else if (/\.tsx?$/.test(entry.name) && /^import "server-only";/m.test(fs.readFileSync(file, "utf8"))) {
      found.push(`@/${file.replace(/\\/g, "/").replace(/\.tsx?$/, "")}`);
    }
  }
  return found;
}

// Components render what they are given: the page (app/) reads the database, the request and the
// files, and passes the result down as props.
const componentBoundary = {
  // lib/http/ is refused whole by the pattern below.
  paths: serverOnlyModules()
    .filter((name) => !name.startsWith("@/lib/http/"))
    .map((name) => ({
      name,
      message:
        "Components never import database, filesystem or request modules: read it in the page and pass it as props.",
      allowTypeImports: true,
    })),
  patterns: [
    {
      group: ["@/lib/db", "@/lib/http/*", "@/generated/*", "@/prisma/*", "@/scripts/*", "server-only", "next/headers"],
      message:
        "Components never import database, filesystem or request modules: read it in the page and pass it as props.",
      allowTypeImports: true,
    },
    {
      group: ["node:*", "fs", "fs/*", "path", "child_process"],
      message: "Components never touch the filesystem or the process.",
    },
  ],
};

// lib/http is the request edge: the one place in lib/ that knows Next.js.
const libBoundary = {
  patterns: [
    {
      group: ["next", "next/*", "!next-intl"],
      message: "Only lib/http/ imports next/*: take what the request gives as arguments.",
    },
    { group: ["next/dist/*"], message: "next/dist is Next.js's private build output: use its public entry points." },
  ],
};

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "bench/floor/.next/**",
      "bench/floor/pages.json",
      ".next-*/**",
      "generated/**",
      "prisma/tooling/prisma6/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.mjs", "**/*.js"],
    rules: { "no-restricted-imports": ["error", { patterns: [libBoundary.patterns[1]] }] },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { ...componentBoundary, patterns: [...componentBoundary.patterns, libBoundary.patterns[1]] },
      ],
    },
  },
  { files: ["lib/**"], ignores: ["lib/http/**"], rules: { "no-restricted-imports": ["error", libBoundary] } },
];

export default config;
