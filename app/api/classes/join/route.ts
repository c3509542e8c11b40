import { NextResponse } from "next/server";
import { checkOrigin } from "@/lib/http";
import { db } from "@/lib/db";
import { createSession, isSecureRequest, setSessionCookie, userFromRequest } from "@/lib/auth/session";
import { failure, invalidBody, parseBody, seeOther } from "@/lib/auth/form";
import { joinClass } from "@/lib/classes/join";
import { joinSchema } from "@/lib/classes/schemas";
import { checkBlock, clientAddress, recordHit, SIGN_IN_LIMITS } from "@/lib/rate-limit";
import { NEW_CODE_COOKIE, NEW_CODE_PATH } from "@/lib/classes/welcome";

export async function POST(req: Request) {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const parsed = await parseBody(req, joinSchema);
  if (!parsed.ok) return invalidBody(parsed, "/join");
  // Class codes are short, so guessing them is slowed per address like sign-ins.
  const limitKey = `join:address:${clientAddress(req)}`;
  const block = await checkBlock(db(), limitKey);
  if (block.blocked) {
    return failure(parsed.kind, 429, "join-slow-down", "/join", { "Retry-After": String(block.retryAfterSeconds) });
  }
  const learner = await userFromRequest(req);
  const result = await joinClass(db(), learner, parsed.data.code, parsed.data.displayName);
  if (!result.ok) {
    if (result.reason === "wrong-join-code") await recordHit(db(), limitKey, SIGN_IN_LIMITS.address);
    const status = result.reason === "teacher-cannot-join" ? 403 : result.reason === "archived-class" ? 410 : 404;
    return failure(parsed.kind, status, result.reason, "/join");
  }
  const body = { className: result.className, signInCode: result.signInCode };
  let res: NextResponse;
  if (parsed.kind === "json") {
    res = NextResponse.json(body, { status: 201, headers: { "Cache-Control": "no-store" } });
  } else {
    // The code is shown once on the welcome page; it travels there in a short-lived cookie scoped
    // to that page rather than in the URL, where it would stay in history and logs.
    res = seeOther(NEW_CODE_PATH);
    res.cookies.set(NEW_CODE_COOKIE, JSON.stringify(body), {
      httpOnly: true,
      sameSite: "lax",
      path: NEW_CODE_PATH,
      maxAge: 15 * 60,
      secure: isSecureRequest(req),
    });
  }
  if (result.newUser) setSessionCookie(res, req, await createSession(db(), result.userId));
  return res;
}
