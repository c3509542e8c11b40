import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { NewSession } from "@/lib/accounts/sessions";
import { zodIssues, type BodyKind, type Issue } from "@/lib/http/body";
import { localizedTarget, requestLocale } from "@/lib/http/locale";
import { reasonStatus, reasonText, type Reason } from "@/lib/http/reasons";
import { clearSessionCookie, isSecureRequest, setSessionCookie } from "@/lib/http/session";

// What a route handler answers, in words the edge turns into a response: JSON callers get a status
// and a JSON body, HTML forms a 303 to a page (with `?error=<reason>` when something was refused).

export type Cookie = { name: string; value: string; path: string; maxAge: number; formsOnly?: boolean };

type Extras = { session?: NewSession | "clear"; cookies?: Cookie[]; headers?: Record<string, string> };

export type Reply = Extras &
  (
    | { type: "json"; body: unknown; status: number }
    /** JSON callers get `body`; a form is sent on to `to`. */
    | { type: "done"; body: unknown; status: number; to: string }
    | { type: "redirect"; to: string }
    | { type: "fail"; reason: Reason; message?: string; issues?: Issue[]; back?: string; retryAfterSeconds?: number }
    | { type: "response"; response: Response }
  );

type FailOptions = { message?: string; issues?: Issue[]; back?: string; retryAfterSeconds?: number };

export const reply = {
  json: (body: unknown, status = 200, extras: Extras = {}): Reply => ({ type: "json", body, status, ...extras }),
  done: (body: unknown, to: string, status = 200, extras: Extras = {}): Reply => ({
    type: "done",
    body,
    status,
    to,
    ...extras,
  }),
  redirect: (to: string, extras: Extras = {}): Reply => ({ type: "redirect", to, ...extras }),
  fail: (reason: Reason, options: FailOptions = {}): Reply => ({ type: "fail", reason, ...options }),
  response: (response: Response): Reply => ({ type: "response", response }),
};

/** A domain refusal (`{ ok: false, reason }`) as a reply. */
export function refusal(result: { reason: Reason; retryAfterSeconds?: number }, options: FailOptions = {}): Reply {
  return reply.fail(result.reason, { retryAfterSeconds: result.retryAfterSeconds, ...options });
}

/** A GET's query string, validated; a bad one is a 400 naming what to send. */
export function parseQuery<S extends z.ZodType>(
  req: Request,
  schema: S,
  message: string,
): { ok: true; data: z.infer<S> } | { ok: false; reply: Reply } {
  const parsed = schema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, reply: reply.response(jsonError(400, message, zodIssues(parsed.error))) };
}

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * A JSON body as a plain Response, the headers NextResponse.json gives it (Content-Type, and
 * Cache-Control: no-store). Every answer of a class goes out this way: NextResponse wraps the
 * Response in a cookie jar, and Response.json serializes through the fetch spec's own steps, each
 * a cost per request that a reply without cookies has no use for.
 */
function jsonResponse(body: unknown, status: number): Response {
  const text = JSON.stringify(body);
  if (text === undefined) throw new TypeError("The reply's body cannot be sent as JSON");
  return new Response(text, { status, headers: { "content-type": "application/json", "cache-control": "no-store" } });
}

export function jsonError(status: number, error: string, issues?: Issue[]): NextResponse {
  return NextResponse.json(issues ? { error, issues } : { error }, { status, headers: NO_STORE });
}

/** A 303 to a path on this site (relative Location, so it is right behind any proxy). */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path, ...NO_STORE } });
}

/** `path` with query values added (undefined values are left out). */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const [base, existing] = path.split("?", 2);
  const params = new URLSearchParams(existing);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, v);
  const qs = params.toString();
  return qs ? `${base}?${qs}` : (base ?? path);
}

/** The response for a reply, for a JSON caller or an HTML form that came from `back`. */
export function toResponse(req: Request, kind: BodyKind, back: string, r: Reply): Response {
  if (r.type === "response") return r.response;
  // A JSON body without cookies to set (the common reply, an answer among them) needs no cookie jar.
  if ((r.type === "json" || (r.type === "done" && kind === "json")) && !r.session && !r.cookies?.length) {
    const res = jsonResponse(r.body, r.status);
    if (r.headers) for (const [k, v] of Object.entries(r.headers)) res.headers.set(k, v);
    return res;
  }
  let res: NextResponse;
  switch (r.type) {
    case "json":
      res = NextResponse.json(r.body, { status: r.status, headers: NO_STORE });
      break;
    case "done":
      res =
        kind === "json"
          ? NextResponse.json(r.body, { status: r.status, headers: NO_STORE })
          : seeOther(localizedTarget(req, r.to));
      break;
    case "redirect":
      res = seeOther(localizedTarget(req, r.to));
      break;
    case "fail": {
      const status = reasonStatus(r.reason);
      res =
        kind === "json"
          ? jsonError(status, r.message ?? reasonText(r.reason, requestLocale(req)), r.issues)
          : seeOther(localizedTarget(req, withQuery(r.back ?? back, { error: r.reason })));
      if (r.retryAfterSeconds !== undefined) res.headers.set("Retry-After", String(r.retryAfterSeconds));
      break;
    }
  }
  for (const [k, v] of Object.entries(r.headers ?? {})) res.headers.set(k, v);
  for (const c of r.cookies ?? []) {
    if (c.formsOnly && kind !== "form") continue;
    // A cookie meant for one page (the new sign-in code's) goes to that page in the request's language.
    const path = c.path === "/" ? c.path : localizedTarget(req, c.path);
    res.cookies.set(c.name, c.value, {
      httpOnly: true,
      sameSite: "lax",
      path,
      maxAge: c.maxAge,
      secure: isSecureRequest(req),
    });
  }
  if (r.session === "clear") clearSessionCookie(res);
  else if (r.session) setSessionCookie(res, req, r.session);
  return res;
}
