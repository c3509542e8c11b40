// The web worker (scripts/serve.ts) compiled to one plain JavaScript file, so that `npm start`'s
// workers run on plain Node.js: under tsx every module load goes through its loader hooks and every
// stack trace through source maps, which a profile of a busy worker showed spread over every request.
// The primary compiles it at each start (esbuild, which tsx itself uses, takes well under a second),
// so the file is never older than the sources; packages stay ordinary requires of node_modules.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";

/** Compiles scripts/serve.ts into `dir` and returns the file's path. */
export function compileWorker(dir: string, root = process.cwd()): string {
  const result = buildSync({
    entryPoints: [path.join(root, "scripts", "serve.ts")],
    absWorkingDir: root,
    tsconfig: path.join(root, "tsconfig.json"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: `node${process.versions.node}`,
    packages: "external",
    // `server-only` marks the modules a client bundle must never hold; its package throws unless
    // resolved under the "react-server" condition, as Next.js's server bundles and the scripts
    // (`tsx --conditions=react-server`) resolve it. The worker is server code: the marker is empty.
    alias: { "server-only": "./scripts/server-only-marker.cjs" },
    write: false,
    logLevel: "error",
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error("esbuild produced no worker script");
  // Named by content and written by rename: several servers of one checkout (parallel test runs)
  // may start at once, and none may read another's half-written file.
  const file = path.join(
    dir,
    `eventline-worker-${crypto.createHash("sha256").update(code).digest("hex").slice(0, 16)}.cjs`,
  );
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, file);
  }
  return file;
}

/** Node's options of this process without tsx's loader (`--require …tsx…`, `--import …tsx…`). */
export function withoutTsx(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string;
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const isLoaderFlag = ["--require", "-r", "--import", "--loader", "--experimental-loader"].includes(flag);
    const value = inline ?? (isLoaderFlag ? execArgv[i + 1] : undefined);
    if (isLoaderFlag && value && /[\\/]tsx[\\/]/.test(value)) {
      if (inline === undefined) i++;
      continue;
    }
    kept.push(arg);
  }
  return kept;
}
