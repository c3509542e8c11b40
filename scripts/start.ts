// `npm start`: build when there is no current production build, prepare the database, serve.
import cluster from "node:cluster";
import os from "node:os";
import { parseEnv } from "@/lib/env";
import { build } from "./build";
import { buildDir, isBuildCurrent, sourceHash } from "./build-stamp";
import { prepareDatabase } from "./prepare-db";
import { webWorkers } from "./web-workers";
import { compileWorker, withoutTsx } from "./worker-bundle";

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
  if (!isBuildCurrent(buildDir(), sourceHash())) {
    console.log("No current production build: building (about a minute on 2 cores)…");
    const status = build();
    if (status !== 0) process.exit(status);
  }

  const { demo } = await prepareDatabase();
  const { workers, note } = webWorkers(config, os.availableParallelism());
  if (note) console.log(note);
  // The primary may run under tsx; the workers, which serve every request, run plain Node.js.
  cluster.setupPrimary({ exec: compileWorker(buildDir()), execArgv: withoutTsx(process.execArgv) });
  let shuttingDown = false;
  let listening = 0;
  const fork = () => {
    const worker = cluster.fork({ NEXT_TELEMETRY_DISABLED: "1" });
    worker.on("listening", () => {
      if (++listening !== workers) return;
      console.log(
        `\nEventline is running (${workers} worker${workers === 1 ? "" : "s"}). Open http://localhost:${config.PORT}`,
      );
      if (config.HOST === "0.0.0.0")
        networkUrls(config.PORT).forEach((u) => console.log(`  on the classroom network: ${u}`));
      if (demo)
        console.log(
          `  demo teacher sign-in: ${demo.email} / ${demo.password}\n  demo class join code: ${demo.joinCode}`,
        );
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
