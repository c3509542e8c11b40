import type { NextResponse } from "next/server";
import { stepRoute } from "@/app/api/live/step";
import type { LiveParams } from "@/app/api/live/respond";

export function POST(req: Request, context: LiveParams): Promise<NextResponse> {
  return stepRoute(req, context, "reveal");
}
