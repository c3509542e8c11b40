import { defineConfig, devices } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/support/chromium";

// End-to-end tests build the app and serve it on a free port with a temp database.
// The config is evaluated again in each worker: choose the port and database once, in the runner,
// and hand them down through the environment.
process.env.E2E_PORT ??= String(3100 + Math.floor(Math.random() * 800));
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "eventline-e2e-"));
const port = Number(process.env.E2E_PORT);
/** The e2e server's database, for specs that check what was stored. */
process.env.E2E_DATABASE_URL = `file:${path.join(process.env.E2E_DATA_DIR, "e2e.db")}`;

const chromium = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromium,
    trace: "off",
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
  webServer: {
    command: `npx tsx --conditions=react-server scripts/e2e-server.ts`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      SEED_DEMO: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
