import { NextResponse } from "next/server";
import { currentDatabaseKind, db } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = currentDatabaseKind();
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return NextResponse.json({ status: "ok", database }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return NextResponse.json(
      { status: "unavailable", database, error: "The database does not answer." },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
