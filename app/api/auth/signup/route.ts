import { NextResponse } from "next/server";
import { checkOrigin } from "@/lib/http";
import { db } from "@/lib/db";
import { createSession, endSession, setSessionCookie } from "@/lib/auth/session";
import { failure, invalidBody, parseBody, seeOther } from "@/lib/auth/form";
import { signUpSchema, signUpTeacher } from "@/lib/auth/teacher";

export async function POST(req: Request) {
  const refused = checkOrigin(req);
  if (refused) return refused;
  const parsed = await parseBody(req, signUpSchema);
  if (!parsed.ok) return invalidBody(parsed, "/signup");
  const result = await signUpTeacher(db(), parsed.data);
  if (!result.ok) return failure(parsed.kind, 409, result.reason, "/signup");
  await endSession(req);
  const session = await createSession(db(), result.userId);
  const res = parsed.kind === "json" ? NextResponse.json({ ok: true }, { status: 201 }) : seeOther("/teacher");
  return setSessionCookie(res, req, session);
}
