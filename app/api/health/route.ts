import crypto from "node:crypto";
import { currentDatabaseKind, db } from "@/lib/db";
import { env } from "@/lib/env";
import { route } from "@/lib/http/handler";
import { reply } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** Whether a Bearer token is the operator's, compared in constant time. */
function isOperator(req: Request): boolean {
  const expected = env().OPERATOR_TOKEN;
  const given = /^Bearer (.+)$/.exec(req.headers.get("authorization") ?? "")?.[1];
  if (!expected || !given) return false;
  const [a, b] = [
    crypto.createHash("sha256").update(given).digest(),
    crypto.createHash("sha256").update(expected).digest(),
  ];
  return crypto.timingSafeEqual(a, b);
}

/** "ok" or 503 for load balancers; the database kind only for the operator (OPERATOR_TOKEN). */
export const GET = route({
  async run({ req }) {
    const details = isOperator(req) ? { database: currentDatabaseKind() } : {};
    try {
      await db().$queryRawUnsafe("SELECT 1");
      return reply.json({ status: "ok", ...details });
    } catch {
      return reply.json({ status: "unavailable", ...details }, 503);
    }
  },
});
