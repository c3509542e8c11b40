import { z } from "zod";

// Text people type (names, class names, short answers). Control characters (including bidi
// overrides) would let it hide or reorder text in the teacher's table and in CSV files, and a lone
// surrogate is not text at all: such input is refused, with a sentence saying what to remove.
const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

export const CONTROL_MESSAGE = "Remove special control characters.";

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/** A short text a person typed: spaces folded, 1 to `max` characters, no control characters. */
export function plainText(max: number, what: string) {
  return z
    .string()
    .max(max * 4)
    .transform((s) => s.trim().replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(1, `Enter ${what}.`)
        .max(max, `Use at most ${max} characters.`)
        .refine((s) => !hasControlCharacters(s), CONTROL_MESSAGE),
    );
}
