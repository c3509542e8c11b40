import fs from "node:fs";
import path from "node:path";
import type { Locale } from "@/lib/i18n/locales";

// Interface strings live in messages/<locale>/<namespace>.json (ICU message syntax). A feature adds
// its own namespace file in every language; `npm run i18n:check` (part of the build and of
// `npm test`) refuses a key missing in any language or a message whose placeholders differ.

export type Messages = { [key: string]: string | Messages };

const MESSAGES_DIR = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "messages");

const cache = new Map<Locale, Record<string, Messages>>();

/** Every namespace of `locale`, keyed by namespace (the file name without .json). */
export function loadMessages(locale: Locale, dir = MESSAGES_DIR): Record<string, Messages> {
  const cached = dir === MESSAGES_DIR ? cache.get(locale) : undefined;
  if (cached) return cached;
  const folder = path.join(dir, locale);
  const result: Record<string, Messages> = {};
  for (const file of fs.readdirSync(folder).sort()) {
    if (!file.endsWith(".json")) continue;
    result[file.slice(0, -".json".length)] = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")) as Messages;
  }
  if (dir === MESSAGES_DIR) cache.set(locale, result);
  return result;
}

/**
 * Only the namespaces a client island needs, so a page does not ship every catalogue. A dotted name
 * ("timeline.progress") picks one part of a namespace, for an island that uses only that part.
 */
export function pickNamespaces(
  messages: Record<string, Messages>,
  namespaces: readonly string[],
): Record<string, Messages> {
  const picked: Record<string, Messages> = {};
  for (const ns of namespaces) {
    const path = ns.split(".");
    let found: Messages | string | undefined = messages[path[0]!];
    for (const key of path.slice(1)) found = typeof found === "object" ? found[key] : undefined;
    if (found === undefined) continue;
    let target: Messages = picked;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Messages;
    target[path.at(-1)!] = found;
  }
  return picked;
}
