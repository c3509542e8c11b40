import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BUILD_INPUTS, isBuildCurrent, sourceHash, writeStamp } from "@/scripts/build-stamp";

// `npm start` serves the build `npm run build` stamped, and builds again only when an input changed.
describe("the build stamp", () => {
  let root: string;
  let dist: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "eventline-stamp-"));
    dist = path.join(root, ".next");
    write("app/page.tsx", "export default function Page() { return null; }\n");
    write("tsconfig.json", '{ "compilerOptions": { "strict": true } }\n');
    write("next.config.js", "module.exports = {};\n");
    write("package-lock.json", "{}\n");
    write("content/unit-a/unit.json", "{}\n");
    fs.mkdirSync(dist);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("counts the build configuration among the inputs", () => {
    expect(BUILD_INPUTS).toEqual(
      expect.arrayContaining(["tsconfig.json", "next.config.js", "package-lock.json", "content"]),
    );
  });

  it("holds for a finished build of the same sources", () => {
    const hash = sourceHash(root);
    expect(isBuildCurrent(dist, hash)).toBe(false);
    fs.writeFileSync(path.join(dist, "BUILD_ID"), "x");
    expect(isBuildCurrent(dist, hash)).toBe(false);
    writeStamp(dist, hash);
    expect(isBuildCurrent(dist, sourceHash(root))).toBe(true);
  });

  it.each([
    ["tsconfig.json", '{ "compilerOptions": { "strict": false } }\n'],
    ["next.config.js", "module.exports = { poweredByHeader: true };\n"],
    ["package-lock.json", '{ "lockfileVersion": 3 }\n'],
    ["app/page.tsx", "export default function Page() { return 1; }\n"],
    ["content/unit-b/unit.json", "{}\n"],
  ])("is outdated once %s changes", (file, text) => {
    fs.writeFileSync(path.join(dist, "BUILD_ID"), "x");
    writeStamp(dist, sourceHash(root));
    write(file, text);
    expect(isBuildCurrent(dist, sourceHash(root))).toBe(false);
  });

  it("is outdated when a file is renamed", () => {
    const before = sourceHash(root);
    fs.renameSync(path.join(root, "content/unit-a"), path.join(root, "content/unit-c"));
    expect(sourceHash(root)).not.toBe(before);
  });
});
