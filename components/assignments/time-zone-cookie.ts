import { cookies } from "next/headers";
import { TIME_ZONE_COOKIE, timeZoneSchema } from "@/lib/assignments/time";

/** The time zone the viewer's browser reported, or null before it has. */
export async function viewerTimeZone(): Promise<string | null> {
  const jar = await cookies();
  const parsed = timeZoneSchema.safeParse(jar.get(TIME_ZONE_COOKIE)?.value);
  return parsed.success ? parsed.data : null;
}
