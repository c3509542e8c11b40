import { z } from "zod";
import { displayNameSchema } from "@/lib/accounts/names";
import { plainText } from "@/lib/plain-text";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode } from "@/lib/classrooms/join-codes";

// One definition per field, used by the route handlers and shown to people as the rule.

export const CLASS_NAME_MAX = 80;
export const classNameSchema = plainText(CLASS_NAME_MAX, "a class name");

export const JOIN_CODE_INPUT_MAX = 40;
export const joinCodeSchema = z
  .string()
  .max(JOIN_CODE_INPUT_MAX)
  .transform(normaliseJoinCode)
  .pipe(
    z
      .string()
      .regex(
        new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`),
        `A class code has ${JOIN_CODE_LENGTH} letters and digits.`,
      ),
  );

export const joinSchema = z.object({ code: joinCodeSchema, displayName: displayNameSchema });
export const createClassSchema = z.object({ name: classNameSchema });
export const renameClassSchema = z.object({ name: classNameSchema });
export const archiveSchema = z.object({
  archived: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]),
});
export const renameStudentSchema = z.object({ displayName: displayNameSchema });

export const idSchema = z.string().regex(/^[a-z0-9]{10,40}$/i);
export const studentParamsSchema = z.object({ id: idSchema, enrollmentId: idSchema });

/** Bodies of actions that need no fields (an empty form posts nothing; JSON may send {}). */
export const emptyBodySchema = z.object({}).loose();
