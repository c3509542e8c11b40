import { NextResponse } from "next/server";
import type { z } from "zod";

// The route handlers' shared edge: every error is JSON `{ error, issues? }` with a 4xx status and a
// sentence a person can act on.

export type Issue = { path: string; message: string };

export function jsonError(status: number, error: string, issues?: Issue[]): NextResponse {
  return NextResponse.json(issues ? { error, issues } : { error }, {
    status,
    headers: { "Cache-Control": "no-store" },
  });
}

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message }));
}

export const MAX_BODY_BYTES = 16 * 1024;

type Parsed<T> = { ok: true; data: T } | { ok: false; response: NextResponse };

/** Reads a JSON body of at most MAX_BODY_BYTES and validates it. */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<Parsed<z.infer<S>>> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    return { ok: false, response: jsonError(415, "Send the request body as JSON (Content-Type: application/json).") };
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) {
    return { ok: false, response: jsonError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`) };
  }
  let text: string;
  try {
    text = await req.text();
  } catch {
    return { ok: false, response: jsonError(400, "The request body could not be read.") };
  }
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    return { ok: false, response: jsonError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError(400, "The request body is not valid JSON.") };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, response: jsonError(422, "The request body is not what this endpoint expects.", zodIssues(parsed.error)) };
  }
  return { ok: true, data: parsed.data };
}

/** Validates route params; an invalid one answers 404 as an unknown resource would. */
export function parseParams<S extends z.ZodType>(params: unknown, schema: S): Parsed<z.infer<S>> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) return { ok: false, response: jsonError(404, "Not found.") };
  return { ok: true, data: parsed.data };
}

/**
 * State-changing requests from a browser must come from this site. Browsers always send Origin on
 * POST/PUT/PATCH/DELETE; a request without one is not from a browser page and cannot carry a
 * victim's cookies cross-site (SameSite=Lax), so it is let through.
 */
export function checkOrigin(req: Request): NextResponse | null {
  const origin = req.headers.get("origin");
  if (origin === null) return null;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return jsonError(403, "This request came from another site and was refused.");
  }
  if (!host || originHost !== host) return jsonError(403, "This request came from another site and was refused.");
  return null;
}
