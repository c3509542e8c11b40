// The quiz benchmark's second reference, for scale: the cheapest JSON answer Node.js can give on this
// machine, from a plain node:http server with as many worker processes as the app runs. The ratio
// target is set against the app's own constant route (/api/health/live); see docs/BENCHMARKS.md.
import { spawn } from "node:child_process";
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/tests/support/server";

const BODY = JSON.stringify({ status: "ok", purpose: "benchmark reference: constant JSON" });
// The headers the app sends on every /api/ answer (next.config.js), so both answers weigh the same.
const HEADERS = {
  "Content-Type": "application/json",
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
};

export type ConstantServer = { url: string; workers: number; stop(): Promise<void> };

/** Starts the reference in its own processes, so that it does not share the load generator's. */
export async function startConstantServer(workers: number): Promise<ConstantServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), __filename], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, CONSTANT_PORT: String(port), CONSTANT_WORKERS: String(workers) },
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  process.once("exit", () => child.kill("SIGTERM"));
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("listening")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the constant server exited (${code}) before listening`)));
  });
  return { url: `http://127.0.0.1:${port}`, workers, stop };
}

function serveConstant() {
  const port = Number(process.env.CONSTANT_PORT);
  const workers = Number(process.env.CONSTANT_WORKERS) || os.availableParallelism();
  if (cluster.isPrimary) {
    cluster.setupPrimary({ exec: __filename, execArgv: process.execArgv });
    let listening = 0;
    for (let i = 0; i < workers; i++) {
      cluster.fork().on("listening", () => {
        if (++listening === workers) console.log("listening");
      });
    }
    process.on("SIGTERM", () => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
      process.exit(0);
    });
    return;
  }
  const server = http.createServer((req, res) => {
    // Read the request through, as a route handler's framework does, before answering.
    req.resume();
    req.on("end", () => res.writeHead(200, HEADERS).end(BODY));
  });
  server.listen(port, "127.0.0.1");
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

if (require.main === module) serveConstant();
