import { z } from "zod";
import { JOIN_CODE_LENGTH, normaliseJoinCode } from "@/lib/classes/join-code";

// One definition per field, used by the route handlers and shown to people as the rule.

// Control characters (including bidi overrides) would let a name hide or reorder text in the
// teacher's table and in CSV files.
const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

export const displayNameSchema = z
  .string()
  .transform((s) => s.trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, "Enter a name.")
      .max(40, "Use at most 40 characters.")
      .refine((s) => !CONTROL.test(s), "Remove special control characters."),
  );

export const classNameSchema = z
  .string()
  .transform((s) => s.trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, "Enter a class name.")
      .max(80, "Use at most 80 characters.")
      .refine((s) => !CONTROL.test(s), "Remove special control characters."),
  );

export const joinCodeSchema = z
  .string()
  .max(40)
  .transform(normaliseJoinCode)
  .pipe(z.string().regex(new RegExp(`^[A-Z0-9]{${JOIN_CODE_LENGTH}}$`), "A class code has 6 letters and digits."));

export const joinSchema = z.object({ code: joinCodeSchema, displayName: displayNameSchema });
export const createClassSchema = z.object({ name: classNameSchema });
export const renameClassSchema = z.object({ name: classNameSchema });
export const archiveSchema = z.object({
  archived: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]),
});
export const renameStudentSchema = z.object({ displayName: displayNameSchema });

export const idSchema = z.string().regex(/^[a-z0-9]{10,40}$/i);
export const classParamsSchema = z.object({ id: idSchema });
export const studentParamsSchema = z.object({ id: idSchema, enrollmentId: idSchema });
