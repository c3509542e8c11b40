import "server-only";
import { z } from "zod";
import { isUniqueViolation, type Db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/accounts/passwords";
import { checkBlock, clearHits, recordHit, SIGN_IN_LIMITS } from "@/lib/rate-limit";
import { displayNameSchema } from "@/lib/accounts/names";

// Teachers have accounts with an email and password; students never do (see student.ts).

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "Enter a valid email address." }));
export const passwordSchema = z.string().min(10, "Use at least 10 characters.").max(200, "Use at most 200 characters.");

export const signUpSchema = z.object({
  displayName: displayNameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
  next: z.string().optional(),
});

export type SignUpResult = { ok: true; userId: string } | { ok: false; reason: "email-taken" };

export async function signUpTeacher(database: Db, input: z.infer<typeof signUpSchema>): Promise<SignUpResult> {
  const existing = await database.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return { ok: false, reason: "email-taken" };
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await database.user.create({
      data: { role: "teacher", email: input.email, displayName: input.displayName, passwordHash },
      select: { id: true },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, reason: "email-taken" };
    throw error;
  }
}

export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "wrong-credentials" }
  | { ok: false; reason: "slow-down"; retryAfterSeconds: number };

// Verifying against a real hash when the account does not exist keeps the answer time the same,
// so timing does not tell which addresses have accounts.
let dummyHash: Promise<string> | undefined;

export const accountKey = (email: string) => `sign-in:account:${email}`;
export const addressKey = (address: string) => `sign-in:address:${address}`;

/**
 * Signs a teacher in. After 5 failures for one account or 20 from one address within 15 minutes,
 * further tries are refused (even with the right password) until the window ends.
 */
export async function signInTeacher(
  database: Db,
  input: { email: string; password: string },
  address: string,
): Promise<SignInResult> {
  const keys = [accountKey(input.email), addressKey(address)];
  for (const key of keys) {
    const block = await checkBlock(database, key);
    if (block.blocked) return { ok: false, reason: "slow-down", retryAfterSeconds: block.retryAfterSeconds };
  }
  const user = await database.user.findUnique({
    where: { email: input.email },
    select: { id: true, role: true, passwordHash: true },
  });
  dummyHash ??= hashPassword("not-a-password-of-anyone");
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (user && user.role === "teacher" && user.passwordHash && passwordOk) {
    await clearHits(database, keys[0]!);
    return { ok: true, userId: user.id };
  }
  const account = await recordHit(database, keys[0]!, SIGN_IN_LIMITS.account);
  const perAddress = await recordHit(database, keys[1]!, SIGN_IN_LIMITS.address);
  const block = account.block.blocked ? account.block : perAddress.block;
  if (block.blocked) return { ok: false, reason: "slow-down", retryAfterSeconds: block.retryAfterSeconds };
  return { ok: false, reason: "wrong-credentials" };
}
