import { route } from "@/lib/http/handler";
import { reply } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/**
 * Liveness for a load balancer or process supervisor: this worker takes requests and runs route
 * code. No database query, so a slow database does not get healthy workers restarted; readiness,
 * the database included, is `GET /api/health`.
 */
export const GET = route({
  run: () => reply.json({ status: "ok" }),
});
