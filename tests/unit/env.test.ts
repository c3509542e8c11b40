import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("defaults to the embedded SQLite database under data/", () => {
    const env = parseEnv({ NODE_ENV: "test" });
    expect(env.databaseKind).toBe("sqlite");
    expect(env.databaseUrl).toMatch(/^file:.*data[\\/]eventline\.db$/);
    expect(env.PORT).toBe(3000);
    expect(env.HOST).toBe("0.0.0.0");
  });

  it("uses PostgreSQL for a postgres URL", () => {
    expect(parseEnv({ NODE_ENV: "test", DATABASE_URL: "postgresql://u@h/db" }).databaseKind).toBe("postgresql");
    expect(parseEnv({ NODE_ENV: "test", DATABASE_URL: "postgres://u@h/db" }).databaseKind).toBe("postgresql");
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ NODE_ENV: "test", PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ NODE_ENV: "test", DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must start with/);
    expect(() => parseEnv({ NODE_ENV: "test", SEED_DEMO: "yes" })).toThrow(/SEED_DEMO/);
  });
});
