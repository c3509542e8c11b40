import { NextResponse } from "next/server";
import { checkOrigin } from "@/lib/http";
import { clearSessionCookie, endSession } from "@/lib/auth/session";
import { bodyKind, seeOther } from "@/lib/auth/form";

export async function POST(req: Request) {
  const refused = checkOrigin(req);
  if (refused) return refused;
  await endSession(req);
  return clearSessionCookie(bodyKind(req) === "form" ? seeOther("/") : NextResponse.json({ ok: true }));
}
