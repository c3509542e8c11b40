import { CODE_ALPHABET, normaliseCode, randomCode } from "@/lib/readable-codes";

export const JOIN_CODE_ALPHABET = CODE_ALPHABET;
export const JOIN_CODE_LENGTH = 6;

export function generateJoinCode(): string {
  return randomCode(JOIN_CODE_LENGTH);
}

/** Accepts what a student types: any case, spaces or hyphens. */
export const normaliseJoinCode = normaliseCode;
