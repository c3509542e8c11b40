import { NextResponse } from "next/server";
import { checkOrigin } from "@/lib/http";
import { db } from "@/lib/db";
import { createSession, endSession, setSessionCookie } from "@/lib/auth/session";
import { failure, invalidBody, nextPath, parseBody, seeOther, withQuery } from "@/lib/auth/form";
import { signInSchema, signInTeacher } from "@/lib/auth/teacher";
import { clientAddress } from "@/lib/rate-limit";

export async function POST(req: Request) {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const parsed = await parseBody(req, signInSchema);
  if (!parsed.ok) return invalidBody(parsed, "/signin");
  const next = nextPath.parse(parsed.data.next);
  const back = withQuery("/signin", { next });
  const result = await signInTeacher(db(), parsed.data, clientAddress(req));
  if (!result.ok) {
    if (result.reason === "slow-down") {
      return failure(parsed.kind, 429, "slow-down", back, { "Retry-After": String(result.retryAfterSeconds) });
    }
    return failure(parsed.kind, 401, "wrong-credentials", back);
  }
  await endSession(req);
  const session = await createSession(db(), result.userId);
  const res = parsed.kind === "json" ? NextResponse.json({ ok: true, next }) : seeOther(next);
  return setSessionCookie(res, req, session);
}
