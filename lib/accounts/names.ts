import { z } from "zod";

// Control characters (including bidi overrides) would let a name hide or reorder text in the
// teacher's table and in CSV files; lone surrogates are not text at all.
const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

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
        .refine((s) => !CONTROL.test(s), "Remove special control characters."),
    );
}

export const DISPLAY_NAME_MAX = 40;
export const displayNameSchema = plainText(DISPLAY_NAME_MAX, "a name");
