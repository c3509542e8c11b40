// Paths of the live API that browsers open. Shared by client islands and tests, so it imports only
// the routes module.
import { routes } from "@/lib/routes";

/** The session's event stream in one language (`?lang=`, see streamQuery in lib/live/schemas.ts). */
export function liveStreamUrl(sessionId: string, locale: string): string {
  return routes.api.liveStream(sessionId, locale);
}
