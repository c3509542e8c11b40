import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres:\/\/|postgresql:\/\/)/, "must start with file:, postgres:// or postgresql://")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  SEED_DEMO: z.enum(["0", "1"]).default("1"),
  /** Folder holding the units; relative paths are from the working directory. */
  CONTENT_DIR: z.string().min(1).default("content"),
  /** Build folder, so that several builds of one checkout can coexist (parallel test runs). */
  NEXT_DIST_DIR: z
    .string()
    .regex(/^[\w.-]+$/, "must be a folder name inside the project, such as .next")
    .default(".next"),
  /** "standalone": `npm run build` also writes <build>/standalone/server.js (Next.js's standalone output). */
  NEXT_OUTPUT: z.enum(["standalone"]).optional(),
  /** "1" when a reverse proxy in front of the app appends the client's address to X-Forwarded-For. */
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /** Web worker processes `npm start` runs; defaults to one per CPU core. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Lets an operator's health check see details (the database kind): send it as a Bearer token. */
  OPERATOR_TOKEN: z.string().min(32, "must be at least 32 characters").optional(),
  /** Seconds a sign-in lasts. */
  SESSION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(31_536_000)
    .default(60 * 60 * 24 * 30),
});

export type Env = z.infer<typeof envSchema> & { databaseUrl: string; databaseKind: "sqlite" | "postgresql" };

const DEFAULT_SQLITE_URL = `file:${path.join(process.cwd(), "data", "eventline.db")}`;

/** Parses the environment; a wrong value stops the app with a message naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  const databaseUrl = parsed.data.DATABASE_URL ?? DEFAULT_SQLITE_URL;
  return {
    ...parsed.data,
    databaseUrl,
    databaseKind: databaseUrl.startsWith("file:") ? "sqlite" : "postgresql",
  };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
