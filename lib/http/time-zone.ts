import "server-only";
import { cookies } from "next/headers";
import { TIME_ZONE_COOKIE, timeZoneSchema } from "@/lib/assignments/time";
import { readCookie } from "@/lib/http/session";

// The viewer's time zone, as their browser reported it in a cookie (components/assignments/time-zone.tsx).

/** For pages: the zone, or null before the browser has reported one. */
export async function viewerTimeZone(): Promise<string | null> {
  const parsed = timeZoneSchema.safeParse((await cookies()).get(TIME_ZONE_COOKIE)?.value);
  return parsed.success ? parsed.data : null;
}

/** For route handlers. */
export function requestTimeZone(req: Request): string | null {
  const parsed = timeZoneSchema.safeParse(readCookie(req, TIME_ZONE_COOKIE));
  return parsed.success ? parsed.data : null;
}
