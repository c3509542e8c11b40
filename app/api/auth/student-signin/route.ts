import { NextResponse } from "next/server";
import { checkOrigin } from "@/lib/http";
import { db } from "@/lib/db";
import { createSession, endSession, setSessionCookie } from "@/lib/auth/session";
import { failure, invalidBody, parseBody, seeOther } from "@/lib/auth/form";
import { signInStudent, studentSignInSchema } from "@/lib/auth/student";
import { clientAddress } from "@/lib/rate-limit";

const BACK = "/signin?as=student";

export async function POST(req: Request) {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const parsed = await parseBody(req, studentSignInSchema);
  if (!parsed.ok) return invalidBody(parsed, BACK);
  const result = await signInStudent(db(), parsed.data.code, clientAddress(req));
  if (!result.ok) {
    if (result.reason === "slow-down") {
      return failure(parsed.kind, 429, "slow-down", BACK, { "Retry-After": String(result.retryAfterSeconds) });
    }
    return failure(parsed.kind, 401, "wrong-student-code", BACK);
  }
  await endSession(req);
  const session = await createSession(db(), result.userId);
  const res = parsed.kind === "json" ? NextResponse.json({ ok: true }) : seeOther("/progress");
  return setSessionCookie(res, req, session);
}
