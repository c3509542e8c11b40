const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: "./" });

const shared = {
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
};

module.exports = async () => ({
  // A global option: Jest ignores it inside a project. Integration tests hash passwords with
  // argon2id and run hundreds of queries against a real database.
  testTimeout: 60_000,
  projects: [
    await createJestConfig({
      ...shared,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/unit/**/*.test.ts?(x)"],
      setupFilesAfterEnv: ["<rootDir>/tests/setup-unit.ts"],
    })(),
    await createJestConfig({
      ...shared,
      displayName: "integration",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
    })(),
  ],
});
