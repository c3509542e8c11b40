import "server-only";
import { z } from "zod";
import type { Cookie } from "@/lib/http/respond";

/** The welcome page after joining, and the cookie that carries the new sign-in code to it once. */
export const NEW_CODE_PATH = "/join/welcome";
export const NEW_CODE_COOKIE = "eventline_new_code";

export const newCodeSchema = z.object({ className: z.string().max(200), signInCode: z.string().max(40) });

export function readNewCode(value: string | undefined): z.infer<typeof newCodeSchema> | null {
  if (!value) return null;
  try {
    const parsed = newCodeSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The cookie that carries a student's new code to the welcome page (forms only). */
export function newCodeCookie(joined: z.infer<typeof newCodeSchema>): Cookie {
  return { name: NEW_CODE_COOKIE, value: JSON.stringify(joined), path: NEW_CODE_PATH, maxAge: 15 * 60, formsOnly: true };
}
