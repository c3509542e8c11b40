import "server-only";
import { z } from "zod";
import { isUniqueViolation, type Db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/accounts/passwords";
import { checkBlocks, clearHits, LIMITS, limitKeys, recordHit, recordHits } from "@/lib/rate-limit";
import { isCommonPassword } from "@/lib/accounts/common-passwords";
import { displayNameSchema } from "@/lib/accounts/names";

// Teachers have accounts with an email and password; students never do (see student.ts).

const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "Enter a valid email address." }));
const PASSWORD_MIN = 10;
const PASSWORD_MAX = 200;
const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !isCommonPassword(p), "This password is one of the most common ones; choose another.");

export const signUpSchema = z.object({
  displayName: displayNameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX),
  next: z.string().optional(),
});

export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "wrong-credentials" }
  | { ok: false; reason: "slow-down"; retryAfterSeconds: number };
export type SignUpResult = SignInResult | { ok: false; reason: "sign-up-slow-down"; retryAfterSeconds: number };

// Verifying against a real hash when the account does not exist keeps the answer time the same,
// so timing does not tell which addresses have accounts.
let dummyHash: Promise<string> | undefined;

/**
 * Checks a teacher's password. Failures are counted per (account, address) pair with growing
 * delays, so a stranger's failures from elsewhere never slow the teacher's own sign-in; the
 * per-account ceiling (100 an hour) is far above what a person types, and the per-address one
 * stops spraying many accounts from one place.
 */
export async function signInTeacher(
  database: Db,
  input: { email: string; password: string },
  address: string,
): Promise<SignInResult> {
  const pair = limitKeys.signInPair(input.email, address);
  const keys = [pair, limitKeys.signInAccount(input.email), limitKeys.signInAddress(address)];
  const block = await checkBlocks(database, keys);
  if (block.blocked) return { ok: false, reason: "slow-down", retryAfterSeconds: block.retryAfterSeconds };
  const user = await database.user.findUnique({
    where: { email: input.email },
    select: { id: true, role: true, passwordHash: true },
  });
  dummyHash ??= hashPassword("not-a-password-of-anyone");
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (user && user.role === "teacher" && user.passwordHash && passwordOk) {
    await clearHits(database, pair);
    return { ok: true, userId: user.id };
  }
  const hit = await recordHits(database, [
    [pair, LIMITS.signInPair],
    [keys[1]!, LIMITS.signInAccount],
    [keys[2]!, LIMITS.signInAddress],
  ]);
  if (hit.blocked) return { ok: false, reason: "slow-down", retryAfterSeconds: hit.retryAfterSeconds };
  return { ok: false, reason: "wrong-credentials" };
}

/**
 * Creates a teacher account. Sign-up must not tell more about which addresses have accounts than
 * sign-in does: for an address that already has one, it *is* a sign-in (the right password signs
 * the teacher in, a wrong one gets sign-in's answer and counts as its failure), and a new account
 * costs the same password hash, so the timing is of one class.
 */
export async function signUpTeacher(
  database: Db,
  input: z.infer<typeof signUpSchema>,
  address: string,
): Promise<SignUpResult> {
  const limited = await recordHit(database, limitKeys.signUpAddress(address), LIMITS.signUpAddress);
  if (limited.block.blocked)
    return { ok: false, reason: "sign-up-slow-down", retryAfterSeconds: limited.block.retryAfterSeconds };
  const existing = await database.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return signInTeacher(database, input, address);
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await database.user.create({
      data: { role: "teacher", email: input.email, displayName: input.displayName, passwordHash },
      select: { id: true },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides, and the loser is
    // answered as a sign-in would be.
    if (isUniqueViolation(error)) return signInTeacher(database, input, address);
    throw error;
  }
}
