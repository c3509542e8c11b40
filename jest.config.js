const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: "./" });

const shared = {
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
};

// next-intl and the packages it renders with ship ES modules only: client components that use it
// (tested in jsdom) and the proxy (next-intl's routing) need them compiled too, like
// next.config.js's transpilePackages.
const ESM_ONLY = [
  "next-intl",
  "use-intl",
  "icu-minify",
  "intl-messageformat",
  "@formatjs/fast-memoize",
  "@formatjs/intl-localematcher",
];
const compileEsmOnly = (config) => ({
  ...config,
  transformIgnorePatterns: config.transformIgnorePatterns.map((pattern, i) =>
    i === 0 ? pattern.replace("(?!(", `(?!(${ESM_ONLY.join("|")}|`) : pattern,
  ),
});

module.exports = async () => ({
  // A global option: Jest ignores it inside a project. Integration tests hash passwords with
  // argon2id and run hundreds of queries against a real database.
  testTimeout: 60_000,
  projects: [
    compileEsmOnly(
      await createJestConfig({
        ...shared,
        displayName: "unit",
        testEnvironment: "node",
        testMatch: ["<rootDir>/tests/unit/**/*.test.ts?(x)"],
        setupFilesAfterEnv: ["<rootDir>/tests/setup-unit.ts"],
      })(),
    ),
    compileEsmOnly(
      await createJestConfig({
        ...shared,
        displayName: "integration",
        testEnvironment: "node",
        testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
      })(),
    ),
  ],
});
