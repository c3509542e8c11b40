import "server-only";
import type { z } from "zod";

// Bodies are read here and only here: JSON and HTML forms, each at most MAX_BODY_BYTES, counted
// while the body streams in, so a chunked body without a Content-Length is cut off at the limit
// instead of being read in full first.

export const MAX_BODY_BYTES = 16 * 1024;

export type BodyKind = "json" | "form";
export type Issue = { path: string; message: string };

export type BodyFailure = { kind: BodyKind; problem: "too-large" | "unreadable" | "not-json" | "wrong-type" };

/** Forms post urlencoded or multipart bodies; everything else is treated as a JSON request. */
export function bodyKind(req: Request): BodyKind {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")
    ? "form"
    : "json";
}

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message }));
}

/** The body's bytes, or null when it is over the limit (declared or streamed) or cannot be read. */
async function readLimited(
  req: Request,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; problem: "too-large" | "unreadable" }> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return { ok: false, problem: "too-large" };
  if (!req.body) return { ok: true, bytes: new Uint8Array() };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, problem: "too-large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  // A small body (an answer) arrives in one chunk, which is the body as it is.
  if (chunks.length === 1) return { ok: true, bytes: chunks[0] as Uint8Array };
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

// Decoding keeps no state between bodies (each is decoded whole), so one decoder serves them all.
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The body as plain values: a JSON value, or a form's fields (a field sent twice becomes a list). */
export async function readBody(
  req: Request,
): Promise<{ ok: true; kind: BodyKind; raw: unknown } | ({ ok: false } & BodyFailure)> {
  const kind = bodyKind(req);
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  // A JSON call that sends no body at all (finishing an attempt) has nothing to parse. Clients
  // differ in how they say so: no stream, an empty one (Content-Length: 0), with or without a JSON
  // Content-Type (the quiz player sends one on every call).
  if (kind === "json" && !req.body && !type) return { ok: true, kind, raw: undefined };
  const read = await readLimited(req);
  if (!read.ok) return { ok: false, kind, problem: read.problem };
  const declaredJson = type.startsWith("application/json");
  if (kind === "json" && read.bytes.byteLength === 0 && (declaredJson || !type))
    return { ok: true, kind, raw: undefined };
  if (kind === "json" && !declaredJson) return { ok: false, kind, problem: "wrong-type" };
  if (kind === "json") {
    try {
      return { ok: true, kind, raw: JSON.parse(utf8.decode(read.bytes)) };
    } catch {
      return { ok: false, kind, problem: "not-json" };
    }
  }
  let form: FormData;
  try {
    form = await new Response(read.bytes as Uint8Array<ArrayBuffer>, {
      headers: { "content-type": req.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return { ok: false, kind, problem: "unreadable" };
  }
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") return { ok: false, kind, problem: "unreadable" };
    const existing = raw[key];
    raw[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return { ok: true, kind, raw };
}
