import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { compileWorker, withoutTsx } from "@/scripts/worker-bundle";

describe("withoutTsx", () => {
  it("drops tsx's loader in either spelling and keeps every other option", () => {
    const argv = [
      "--require",
      "/app/node_modules/tsx/dist/preflight.cjs",
      "--import",
      "file:///app/node_modules/tsx/dist/loader.mjs",
      "--import=file:///app/node_modules/tsx/dist/loader.mjs",
      "--max-old-space-size=512",
      "--require",
      "/app/instrument.cjs",
      "--conditions=react-server",
    ];
    expect(withoutTsx(argv)).toEqual([
      "--max-old-space-size=512",
      "--require",
      "/app/instrument.cjs",
      "--conditions=react-server",
    ]);
  });
});

describe("compileWorker", () => {
  it("writes scripts/serve.ts as one CommonJS file named by its content, with packages left to node_modules", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-worker-"));
    try {
      const file = compileWorker(dir);
      expect(path.basename(file)).toMatch(/^eventline-worker-[0-9a-f]{16}\.cjs$/);
      const code = fs.readFileSync(file, "utf8");
      expect(code).toContain('require("next")');
      expect(code).not.toContain("node_modules/next/");
      expect(compileWorker(dir)).toBe(file);
      expect(fs.readdirSync(dir)).toEqual([path.basename(file)]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
