import "server-only";
import { z } from "zod";
import type { Cookie } from "@/lib/http/respond";

// The welcome page after joining, and the cookie that carries the new sign-in code to it once.
// The proxy (proxy.ts) takes the cookie off the request for the page, handing its value on in a
// request header, and deletes it in the same response: reloading the page, or the next person at
// a shared computer, finds no code. Signing out deletes it too.
export const NEW_CODE_PATH = "/join/welcome";
export const NEW_CODE_COOKIE = "eventline_new_code";
export const NEW_CODE_HEADER = "x-eventline-new-code";

/** The cookie, expired: set on sign-out and by the proxy once the page has it. */
export const expiredNewCodeCookie: Cookie = { name: NEW_CODE_COOKIE, value: "", path: NEW_CODE_PATH, maxAge: 0 };

export const newCodeSchema = z.object({ className: z.string().max(200), signInCode: z.string().max(40) });

/** The code handed on by the proxy (URI-encoded JSON), or null. */
export function readNewCode(value: string | null | undefined): z.infer<typeof newCodeSchema> | null {
  if (!value) return null;
  try {
    const parsed = newCodeSchema.safeParse(JSON.parse(decodeURIComponent(value)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The cookie that carries a student's new code to the welcome page (forms only). */
export function newCodeCookie(joined: z.infer<typeof newCodeSchema>): Cookie {
  return {
    name: NEW_CODE_COOKIE,
    value: JSON.stringify(joined),
    path: NEW_CODE_PATH,
    maxAge: 15 * 60,
    formsOnly: true,
  };
}
