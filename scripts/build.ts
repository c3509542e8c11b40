// `npm run build`: `next build`, then the build's stamp (scripts/build-stamp.ts), so that
// `npm start` right after serves this build instead of building again.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "@/lib/env";
import { buildDir, sourceHash, writeStamp } from "./build-stamp";

/** Builds the production app; returns the exit status of `next build`. */
export function build(root = process.cwd()): number {
  const before = sourceHash(root);
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) return result.status ?? 1;
  // A standalone server (NEXT_OUTPUT=standalone) serves the static files from its own folder, where
  // Next.js leaves them out: copied as its documentation says.
  const dist = buildDir(root);
  const standalone = path.join(dist, "standalone");
  if (parseEnv().NEXT_OUTPUT === "standalone" && fs.existsSync(standalone)) {
    const inside = path.join(standalone, path.relative(root, dist));
    fs.cpSync(path.join(dist, "static"), path.join(inside, "static"), { recursive: true });
    if (fs.existsSync(path.join(root, "public")))
      fs.cpSync(path.join(root, "public"), path.join(standalone, "public"), { recursive: true });
  }
  // A file edited while the build ran may or may not be in it: leave no stamp, so the next start
  // builds again rather than serve a build that may be stale.
  if (sourceHash(root) === before) writeStamp(dist, before);
  else console.warn("Sources changed during the build: `npm start` will build again.");
  return 0;
}

if (require.main === module) process.exit(build());
