import fs from "node:fs";
import path from "node:path";
import { CLIENT_COMMON } from "@/components/ui/client-messages";

// Client components get only CLIENT_COMMON of the "common" catalogue: a key outside it would be
// missing in the browser. Every "common" string a client component asks for must be inside it.
function clientFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return clientFiles(file);
    return /\.tsx?$/.test(entry.name) && fs.readFileSync(file, "utf8").startsWith('"use client"') ? [file] : [];
  });
}

test("every common string a client component uses is shipped to the browser", () => {
  const used: string[] = [];
  for (const file of [...clientFiles("app"), ...clientFiles("components")]) {
    const source = fs.readFileSync(file, "utf8");
    for (const [, variable, namespace] of source.matchAll(/const (\w+) = useTranslations\("(common[^"]*)"\)/g)) {
      for (const [, key] of source.matchAll(new RegExp(`\\b${variable}(?:\\.rich)?\\("([^"]+)"`, "g")))
        used.push(`${namespace}.${key}`);
    }
  }
  expect(used.length).toBeGreaterThan(3);
  const outside = used.filter((key) => !CLIENT_COMMON.some((shipped) => key.startsWith(`${shipped}.`)));
  expect(outside).toEqual([]);
});
