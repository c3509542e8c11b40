import crypto from "node:crypto";
import "server-only";
import { z } from "zod";
import { isUniqueViolation, type Db } from "@/lib/db";
import { CODE_ALPHABET, groupCode, normaliseCode, randomCode } from "@/lib/readable-codes";
import { checkBlock, LIMITS, limitKeys, recordHit } from "@/lib/rate-limit";

// A student's personal sign-in code replaces an account: shown once when they join, printable,
// typed on another device to continue. 12 characters of a 25-letter alphabet (~56 bits) is far
// beyond guessing at the sign-in rate limit. Only its sha256 is stored; the code itself is random
// enough that a slow hash adds nothing, and a plain digest can be looked up by the unique index.

const SIGN_IN_CODE_GROUPS = 3;
const SIGN_IN_CODE_GROUP_LENGTH = 4;
const LENGTH = SIGN_IN_CODE_GROUPS * SIGN_IN_CODE_GROUP_LENGTH;

export function generateSignInCode(): string {
  return groupCode(randomCode(LENGTH), SIGN_IN_CODE_GROUP_LENGTH);
}

/** What a student types, in any case and with or without spaces and hyphens, as stored. */
const normaliseSignInCode = normaliseCode;

export const signInCodeSchema = z
  .string()
  .max(60)
  .transform(normaliseSignInCode)
  .pipe(z.string().regex(new RegExp(`^[${CODE_ALPHABET}]{${LENGTH}}$`), "A sign-in code has 12 letters and digits."));

export const studentSignInSchema = z.object({ code: signInCodeSchema });

export function hashSignInCode(code: string): string {
  return crypto
    .createHash("sha256")
    .update(`eventline-student:${normaliseSignInCode(code)}`)
    .digest("hex");
}

/** Gives the student a new code (any earlier one stops working) and returns it, to show once. */
export async function issueSignInCode(database: Db, userId: string): Promise<string> {
  for (;;) {
    const code = generateSignInCode();
    try {
      await database.user.update({ where: { id: userId }, data: { signInCodeHash: hashSignInCode(code) } });
      return code;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

export type StudentSignInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "wrong-student-code" }
  | { ok: false; reason: "slow-down"; retryAfterSeconds: number };

/**
 * Codes have no account to count failures against, so guessing is slowed per address, with a
 * budget a whole school behind one address does not reach by mistyping (see docs/SECURITY.md).
 */
export async function signInStudent(database: Db, code: string, address: string): Promise<StudentSignInResult> {
  const key = limitKeys.codeAddress(address);
  const block = await checkBlock(database, key);
  if (block.blocked) return { ok: false, reason: "slow-down", retryAfterSeconds: block.retryAfterSeconds };
  const user = await database.user.findUnique({
    where: { signInCodeHash: hashSignInCode(code) },
    select: { id: true, role: true },
  });
  if (user && user.role === "student") return { ok: true, userId: user.id };
  const hit = await recordHit(database, key, LIMITS.codeAddress);
  if (hit.block.blocked) return { ok: false, reason: "slow-down", retryAfterSeconds: hit.block.retryAfterSeconds };
  return { ok: false, reason: "wrong-student-code" };
}
