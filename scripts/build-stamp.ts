// The production build's stamp: a hash of everything that goes into the build, written into the
// build folder by `npm run build` (scripts/build.ts), so that `npm start` serves that build as it is
// and builds again only when a source, the content or the build configuration has changed since.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "@/lib/env";

const STAMP_FILE = "eventline-source-hash";
/** Everything the build reads, relative to the project root: folders are walked in full. */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "content",
  "messages",
  "public",
  "proxy.ts",
  "next.config.js",
  "tsconfig.json",
  "package-lock.json",
  "tailwind.config.ts",
  "postcss.config.mjs",
  "prisma/schema.prisma",
];

/** The build folder (NEXT_DIST_DIR lets test runs build side by side; next.config.js reads the same). */
export function buildDir(root = process.cwd()): string {
  return path.join(root, parseEnv().NEXT_DIST_DIR);
}

export function sourceHash(root = process.cwd()): string {
  const hash = crypto.createHash("sha256");
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    if (fs.statSync(p).isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) visit(path.join(p, entry));
    } else {
      // The path too: a renamed file changes the build as much as an edited one.
      hash.update(path.relative(root, p)).update(fs.readFileSync(p));
    }
  };
  BUILD_INPUTS.forEach((input) => visit(path.join(root, input)));
  return hash.digest("hex");
}

/** True when `dir` holds a finished build of exactly these sources. */
export function isBuildCurrent(dir: string, hash: string): boolean {
  const stamp = path.join(dir, STAMP_FILE);
  return fs.existsSync(path.join(dir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash;
}

export function writeStamp(dir: string, hash: string): void {
  fs.writeFileSync(path.join(dir, STAMP_FILE), hash);
}
