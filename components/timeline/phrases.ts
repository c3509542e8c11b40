import type { Speech } from "@/components/timeline/translate";

// The reading-progress islands hydrate with sentences the server wrote (the "timeline.progress"
// messages for the counts the page starts with) and format in the browser only what changes later:
// the first message formatted in the browser loads that language's ICU data, which measured about
// 250 ms of main thread for Albanian on a throttled phone, inside the page's blocking time.

export type PhraseValues = Record<string, number>;
/** Sentences by phraseKey(message, values). */
export type Phrases = Record<string, string>;

export function phraseKey(message: string, values: PhraseValues = {}): string {
  return `${message}:${Object.keys(values)
    .sort()
    .map((k) => `${k}=${values[k]}`)
    .join(",")}`;
}

/** The server's sentences for these "timeline.progress" messages and values. */
export function prewrite(t: Speech["t"], wanted: [message: string, values?: PhraseValues][]): Phrases {
  return Object.fromEntries(
    wanted.map(([message, values]) => [phraseKey(message, values), t(`progress.${message}`, values)]),
  );
}
