import crypto from "node:crypto";

// Codes people read aloud, from a projector or a printed sheet, and type on a phone: no 0/O,
// 1/I/L, 5/S, 2/Z, 8/B, so a code is typed right first time. Used for class join codes and for
// students' personal sign-in codes.

export const CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

/** `length` characters, each equally likely (rejection sampling: no modulo bias). */
export function randomCode(length: number): string {
  const limit = 256 - (256 % CODE_ALPHABET.length);
  const chars: string[] = [];
  while (chars.length < length) {
    for (const byte of crypto.randomBytes(length * 2)) {
      if (byte < limit && chars.length < length) chars.push(CODE_ALPHABET[byte % CODE_ALPHABET.length]!);
    }
  }
  return chars.join("");
}

/** What a person types, in any case and with or without spaces and hyphens, as stored. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

/** The code in groups of `size` joined by hyphens, for reading aloud. */
export function groupCode(code: string, size = 4): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += size) groups.push(code.slice(i, i + size));
  return groups.join("-");
}
