// Rules for quiz items that a test-wise student could game without knowing the content.
// Shared by the content check (validate.ts) and the chronology generator, so that generated
// items pass the same rules as written ones.

/** Lower case, no diacritics, punctuation as spaces: the form in which texts are compared. */
function normaliseText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}

// A correct option half again as long as the longest distractor, and longer by more than a few
// words, stands out; short options (numbers, names) differ in length without meaning anything.
const LENGTH_RATIO = 1.5;
const LENGTH_MARGIN = 15;

/** True when `correct` is markedly longer than every one of `distractors`. */
export function markedlyLonger(correct: string, distractors: readonly string[]): boolean {
  if (distractors.length === 0) return false;
  const longest = Math.max(...distractors.map((d) => d.trim().length));
  const length = correct.trim().length;
  return length >= longest * LENGTH_RATIO && length - longest > LENGTH_MARGIN;
}

const absoluteWords = ["never", "always", "all", "every", "everyone", "everything", "none", "nobody", "nothing", "entirely", "completely", "totally"];
const absolutePattern = new RegExp(`\\b(${absoluteWords.join("|")})\\b`);

/** The absolute word a distractor uses ("never", "all", ...), which tells students it is wrong. */
export function absoluteWordIn(text: string): string | undefined {
  return absolutePattern.exec(normaliseText(text))?.[1];
}

const fillerPatterns = [
  /^(none|all|both|neither) of (the|these) (above|options|answers|others)$/,
  /^(none|nothing|nobody|no one|not applicable|i don t know)$/,
  /\bat all\b/,
];

/** True for "none of the above" style fillers, which are never a plausible answer. */
export function isFiller(text: string): boolean {
  const normal = normaliseText(text);
  return fillerPatterns.some((pattern) => pattern.test(normal));
}

/** Whether `phrase` occurs in `text` as whole words, after normalising both. */
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = normaliseText(phrase).replace(/^(the|a|an) /, "");
  if (needle.length < 2) return false;
  return ` ${normaliseText(text)} `.includes(` ${needle} `);
}
