// `npm start`: build when there is no current production build, prepare the database, serve.
import { spawnSync } from "node:child_process";
import cluster from "node:cluster";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseEnv } from "@/lib/env";
import { prepareDatabase } from "./prepare-db";

const root = process.cwd();
const distDir = path.join(root, parseEnv().NEXT_DIST_DIR);
const stampFile = path.join(distDir, "eventline-source-hash");
const sourceRoots = ["app", "components", "lib", "content", "public", "proxy.ts", "next.config.js", "package-lock.json", "tailwind.config.ts", "postcss.config.mjs", "prisma/schema.prisma"];

function sourceHash(): string {
  const hash = crypto.createHash("sha256");
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) visit(path.join(p, entry));
    } else {
      hash.update(path.relative(root, p)).update(fs.readFileSync(p));
    }
  };
  sourceRoots.forEach((r) => visit(path.join(root, r)));
  return hash.digest("hex");
}

function networkUrls(port: number): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((i): i is os.NetworkInterfaceInfo => !!i && i.family === "IPv4" && !i.internal)
    .map((i) => `http://${i.address}:${port}`);
}

async function main() {
  let config;
  try {
    config = parseEnv();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const hash = sourceHash();
  const built = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === hash;
  if (!built) {
    console.log("No current production build: building (about a minute on 2 cores)…");
    const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (result.status !== 0) process.exit(result.status ?? 1);
    fs.writeFileSync(stampFile, hash);
  }

  const { demo } = await prepareDatabase();
  const workers = config.WEB_CONCURRENCY ?? os.availableParallelism();
  cluster.setupPrimary({ exec: path.join(__dirname, "serve.ts"), execArgv: process.execArgv });
  let shuttingDown = false;
  let listening = 0;
  const fork = () => {
    const worker = cluster.fork({ NEXT_TELEMETRY_DISABLED: "1" });
    worker.on("listening", () => {
      if (++listening !== workers) return;
      console.log(`\nEventline is running (${workers} worker${workers === 1 ? "" : "s"}). Open http://localhost:${config.PORT}`);
      if (config.HOST === "0.0.0.0") networkUrls(config.PORT).forEach((u) => console.log(`  on the classroom network: ${u}`));
      if (demo) console.log(`  demo teacher sign-in: ${demo.email} / ${demo.password}\n  demo class join code: ${demo.joinCode}`);
    });
  };
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (shuttingDown) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that dies is replaced; the others keep serving meanwhile.
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      shuttingDown = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    });
  }
}

void main();
