import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

// Starts the production app the way `npm start` does (building first when the sources changed),
// on a free port and a temp SQLite database unless `databaseUrl` is given.

export type AppServer = {
  url: string;
  /** The server's process group (the npm-start wrapper, its primary and its workers). */
  processGroup: number;
  /** What the server has printed so far (stdout and stderr). */
  output(): string;
  databaseUrl: string;
  /** SIGKILL to the whole server (npm-start wrapper and Next.js), as a crash would. */
  crash(): Promise<void>;
  stop(): Promise<void>;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startServer(
  options: { databaseUrl?: string; contentDir?: string; distDir?: string; env?: Record<string, string> } = {},
): Promise<AppServer> {
  const port = await freePort();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-bench-"));
  const databaseUrl = options.databaseUrl ?? `file:${path.join(tmp, "bench.db")}`;
  const child = spawn(
    process.execPath,
    [path.join("node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/start.ts"],
    {
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so that a crash can take down the wrapper and Next.js together.
      detached: true,
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: databaseUrl,
        SEED_DEMO: "0",
        NEXT_DIST_DIR: options.distDir ?? process.env.NEXT_DIST_DIR ?? ".next",
        ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
        ...options.env,
      },
    },
  );
  // The server runs in its own process group: take it down with the benchmark, even on Ctrl-C.
  const killGroup = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.once("exit", killGroup);
  process.once("SIGINT", () => process.exit(130));
  let log = "";
  child.stdout.on("data", (c: Buffer) => (log += c.toString()));
  child.stderr.on("data", (c: Buffer) => (log += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not start within 10 minutes:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const signalGroup = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    try {
      process.kill(-child.pid!, signal);
    } catch {
      return;
    }
    await exited;
  };
  return {
    url,
    processGroup: child.pid!,
    output: () => log,
    databaseUrl,
    crash: () => signalGroup("SIGKILL"),
    async stop() {
      await signalGroup("SIGTERM");
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
