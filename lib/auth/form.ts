import { NextResponse } from "next/server";
import { z } from "zod";
import { jsonError, MAX_BODY_BYTES, parseJsonBody, zodIssues, type Issue } from "@/lib/http";

// The account and class handlers serve two callers: HTML forms (which must work without
// JavaScript, so they get 303 redirects and an error key the page turns into a sentence) and
// scripts/tests sending JSON (which get a status and a JSON body).

export type BodyKind = "json" | "form";

export const FORM_ERRORS = {
  email: "Enter a valid email address.",
  password: "Use a password of at least 10 characters (and at most 200).",
  displayName: "Enter a name of 1 to 40 characters, without special control characters.",
  name: "Enter a class name of 1 to 80 characters.",
  code: "Enter the code exactly as it was given to you.",
  invalid: "The form was not filled in as expected. Check it and try again.",
  "email-taken": "An account with this email address already exists. Sign in instead.",
  "wrong-credentials": "The email address or password is wrong.",
  "wrong-student-code": "That sign-in code is not known. Check it, or ask your teacher for help.",
  "slow-down": "Too many failed sign-ins. Wait 15 minutes, then try again.",
  "wrong-join-code": "No class has this code. Check it with your teacher.",
  "join-slow-down": "Too many wrong class codes from this device. Wait 15 minutes, then try again.",
  "archived-class": "This class is archived and no longer takes new students. Ask your teacher for a current code.",
  "teacher-cannot-join": "You are signed in as a teacher. Sign out to join a class as a student.",
} as const;

export type FormErrorKey = keyof typeof FORM_ERRORS;
const formErrorKey = z.enum(Object.keys(FORM_ERRORS) as [FormErrorKey, ...FormErrorKey[]]);

/** The sentence for an `?error=` key, or null for anything else. */
export function formErrorMessage(value: unknown): string | null {
  const parsed = formErrorKey.safeParse(value);
  return parsed.success ? FORM_ERRORS[parsed.data] : null;
}

export function bodyKind(req: Request): BodyKind {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data") ? "form" : "json";
}

type Parsed<T> =
  | { ok: true; kind: BodyKind; data: T }
  | { ok: false; kind: "json"; response: NextResponse }
  | { ok: false; kind: "form"; issues: Issue[]; field: FormErrorKey };

/** Reads an HTML-form body of at most MAX_BODY_BYTES; text fields only, files are refused. */
export async function readForm(req: Request): Promise<{ ok: true; form: FormData } | { ok: false; issues: Issue[] }> {
  if (Number(req.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) return { ok: false, issues: [{ path: "(body)", message: "too large" }] };
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return { ok: false, issues: [{ path: "(body)", message: "unreadable form" }] };
  }
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") return { ok: false, issues: [{ path: key, message: "files are not accepted" }] };
  }
  return { ok: true, form };
}

/** Reads a JSON or HTML-form body and validates it with the same schema either way. */
export async function parseBody<S extends z.ZodType>(req: Request, schema: S): Promise<Parsed<z.infer<S>>> {
  if (bodyKind(req) === "json") {
    const parsed = await parseJsonBody(req, schema);
    return parsed.ok ? { ok: true, kind: "json", data: parsed.data } : { ok: false, kind: "json", response: parsed.response };
  }
  const invalid = (issues: Issue[], field: FormErrorKey = "invalid") => ({ ok: false as const, kind: "form" as const, issues, field });
  const read = await readForm(req);
  if (!read.ok) return invalid(read.issues);
  const raw = Object.fromEntries(read.form.entries());
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, kind: "form", data: parsed.data };
  const first = String(parsed.error.issues[0]?.path[0] ?? "");
  return invalid(zodIssues(parsed.error), formErrorKey.safeParse(first).success ? (first as FormErrorKey) : "invalid");
}

/** A 303 to a path on this site (relative Location, so it is right behind any proxy). */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

/** `path` with `?error=key` (and any extra query values) added. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const [base, existing] = path.split("?", 2);
  const params = new URLSearchParams(existing);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, v);
  const qs = params.toString();
  return qs ? `${base}?${qs}` : (base ?? path);
}

/** Answers a failed request: JSON status and message, or a redirect back to the form with the key. */
export function failure(kind: BodyKind, status: number, key: FormErrorKey, back: string, headers?: Record<string, string>): NextResponse {
  const res = kind === "json" ? jsonError(status, FORM_ERRORS[key]) : seeOther(withQuery(back, { error: key }));
  for (const [k, v] of Object.entries(headers ?? {})) res.headers.set(k, v);
  return res;
}

/** The answer to an invalid body: 422 with issues, or back to the form naming the field. */
export function invalidBody(parsed: Exclude<Parsed<unknown>, { ok: true }>, back: string): NextResponse {
  return parsed.kind === "json" ? parsed.response : seeOther(withQuery(back, { error: parsed.field }));
}

/** A `next` path that stays on this site: an absolute path, not "//host" or "/\host". */
export const nextPath = z
  .string()
  .max(300)
  .regex(/^\/(?![/\\])[^\s]*$/)
  .catch("/teacher");
