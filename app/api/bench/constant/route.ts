import { NextResponse } from "next/server";

// The benchmark's reference point (bench/quiz.ts): the cheapest JSON answer this server can give,
// with no database or session work, so the quiz figures can be read as a ratio of it.
const body = { status: "ok", purpose: "benchmark reference: constant JSON" };

export function GET(): NextResponse {
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
}
