import { NextResponse } from "next/server";

// The floor has no proxy of its own. Without this file, Turbopack builds the product's proxy.ts
// (two folders up, at the workspace root) into the floor app, which then fails to resolve the
// product's imports (and would put the product's per-request CSP nonce on static floor pages,
// whose scripts carry no nonce). This one matches no page the benchmark requests.
export function proxy() {
  return NextResponse.next();
}

export const config = { matcher: ["/__no-floor-page"] };
