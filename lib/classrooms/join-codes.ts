import { CODE_ALPHABET, groupCode, normaliseCode, randomCode } from "@/lib/readable-codes";

// A class code is read aloud or from a projector, so it is grouped (K7QMX-2XWDA), and it is long
// enough that guessing one is hopeless within the per-address budget for wrong codes: 25^10 ≈
// 9.5 × 10^13 codes (the arithmetic is in docs/SECURITY.md).
export const JOIN_CODE_ALPHABET = CODE_ALPHABET;
export const JOIN_CODE_LENGTH = 10;
const JOIN_CODE_GROUP = 5;

/** A new code as stored (without the hyphen). */
export function generateJoinCode(): string {
  return randomCode(JOIN_CODE_LENGTH);
}

/** The code as shown and printed: in groups, for reading aloud. */
export function formatJoinCode(code: string): string {
  return groupCode(code, JOIN_CODE_GROUP);
}

/** Accepts what a student types: any case, spaces or hyphens. */
export const normaliseJoinCode = normaliseCode;
