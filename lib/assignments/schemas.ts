import { z } from "zod";
import { idSchema } from "@/lib/classrooms/schemas";
import { DEFAULT_TIME_ZONE, parseDateTime, timeZoneSchema } from "@/lib/assignments/time";

// One schema per action, read the same way from a JSON body and from an HTML form (where an empty
// optional field arrives as ""). Dates come in as text and leave as instants.

export const assignmentModes = ["faq", "unit"] as const;
export type AssignmentMode = (typeof assignmentModes)[number];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const dateText = z.string().max(40);

const timesShape = {
  dueAt: dateText,
  opensAt: z.preprocess(blankToUndefined, dateText.optional()),
  timeZone: z.preprocess(blankToUndefined, timeZoneSchema.optional()),
};

const DATE_RULE =
  "Enter a date and time in ISO 8601 form, such as 2026-12-04T14:00 (or with a zone: 2026-12-04T14:00+01:00).";

type Times = { dueAt: string; opensAt?: string; timeZone?: string };
type ParsedTimes = { dueAt: Date; opensAt: Date | null; timeZone: string };

function readTimes(value: Times, ctx: z.RefinementCtx): ParsedTimes {
  const timeZone = value.timeZone ?? DEFAULT_TIME_ZONE;
  const dueAt = parseDateTime(value.dueAt, timeZone);
  if (!dueAt) ctx.addIssue({ code: "custom", path: ["dueAt"], message: `dueAt: ${DATE_RULE}` });
  const opensAt = value.opensAt === undefined ? null : parseDateTime(value.opensAt, timeZone);
  if (value.opensAt !== undefined && !opensAt)
    ctx.addIssue({ code: "custom", path: ["opensAt"], message: `opensAt: ${DATE_RULE}` });
  return { dueAt: dueAt ?? new Date(NaN), opensAt, timeZone };
}

export const createAssignmentSchema = z
  .object({
    unit: z
      .string({ error: "unit: send the unit's name, such as northern-kosovo-2023" })
      .max(100, "unit: there is no unit with a name this long")
      .regex(SLUG, "unit: a unit's name is lowercase letters, digits and hyphens, such as northern-kosovo-2023"),
    mode: z.enum(assignmentModes, { error: 'mode: send "faq" or "unit"' }),
    ...timesShape,
  })
  .transform((value, ctx) => ({ unit: value.unit, mode: value.mode, ...readTimes(value, ctx) }));

export const editAssignmentSchema = z.object(timesShape).transform((value, ctx) => readTimes(value, ctx));

export type CreateAssignmentInput = z.output<typeof createAssignmentSchema>;
export type EditAssignmentInput = z.output<typeof editAssignmentSchema>;

export const assignmentIdSchema = idSchema;
export const assignmentParamsSchema = z.object({ id: idSchema, assignmentId: idSchema });

/** What every view of an assignment has. */
export type AssignmentFields = {
  id: string;
  classId: string;
  unit: string;
  unitTitle: string;
  mode: AssignmentMode;
  opensAt: Date;
  dueAt: Date;
  timeZone: string;
};

/** An assignment as the JSON API answers it. */
export function assignmentJson(a: AssignmentFields) {
  return {
    id: a.id,
    classId: a.classId,
    unit: a.unit,
    unitTitle: a.unitTitle,
    mode: a.mode,
    opensAt: a.opensAt.toISOString(),
    dueAt: a.dueAt.toISOString(),
    timeZone: a.timeZone,
  };
}
