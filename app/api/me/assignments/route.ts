import { NextResponse } from "next/server";
import { jsonError } from "@/lib/http";
import { userFromRequest } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { studentAssignments } from "@/lib/assignments/progress";

/** The signed-in student's assignments, the soonest due first, each with where they stand. */
export async function GET(req: Request) {
  const user = await userFromRequest(req);
  if (!user || user.role === "guest") return jsonError(401, "Sign in with your student code to see your assignments.");
  if (user.role !== "student") return jsonError(403, "Only students have assignments. Teachers see them on their class pages.");
  const assignments = await studentAssignments(db(), user.id);
  return NextResponse.json(
    {
      assignments: assignments.map((a) => ({
        id: a.id,
        classId: a.classId,
        className: a.className,
        unit: a.unit,
        unitTitle: a.unitTitle,
        mode: a.mode,
        dueAt: a.dueAt.toISOString(),
        timeZone: a.timeZone,
        status: a.status,
      })),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
