import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/accounts/sessions";
import { findClass, type ClassSummary } from "@/lib/classrooms/classrooms";
import { idSchema } from "@/lib/classrooms/schemas";
import { db } from "@/lib/db";
import { bodyKind, readBody, zodIssues, type BodyKind, type Issue } from "@/lib/http/body";
import { isSameSite } from "@/lib/http/origin";
import { localizedTarget, requestLocale } from "@/lib/http/locale";
import { isReason, reasonStatus, reasonText, type Reason } from "@/lib/http/reasons";
import { jsonError, seeOther, toResponse, withQuery, type Reply } from "@/lib/http/respond";
import { userFromRequest } from "@/lib/http/session";
import { routes } from "@/lib/routes";

// The one opening of every route handler: same-site check for anything that changes state, route
// params, a JSON or HTML-form body validated with one schema, the gate (who may call it), then the
// handler's own few lines, whose reply is turned into a response here.

type Context = { params: Promise<unknown> };
type Handler = (req: Request, context?: Context) => Promise<Response>;

type Base<P, B> = {
  req: Request;
  kind: BodyKind;
  params: P;
  body: B;
};

type Spec<P, B, C> = {
  params?: z.ZodType<P>;
  /** One schema for JSON and form bodies, or one for each where their fields differ in shape. */
  body?: z.ZodType<B> | { json: z.ZodType<B>; form: z.ZodType<B> };
  /**
   * The page an HTML form came from: failures go back there with `?error=<reason>`. It may read the
   * raw form (a hidden field); null means there is no page to go back to, and the form is unreadable.
   */
  back?: string | ((params: P, raw: Record<string, unknown>) => string | null);
  /** For forms: the reason to send back when a field is invalid (by default, the field's name if it is a reason). */
  fieldReasons?: Record<string, Reason>;
  run: (ctx: Base<P, B> & C) => Promise<Reply> | Reply;
};

type Gate<P, C> = (
  req: Request,
  kind: BodyKind,
  params: P,
  back: string,
) => Promise<{ ok: true; ctx: C } | { ok: false; response: Response }>;

const noParams = z.object({}).loose() as unknown as z.ZodType<Record<string, never>>;

function build<P, B, C>(spec: Spec<P, B, C>, gate: Gate<P, C>): Handler {
  return async (req, context) => {
    const kind = bodyKind(req);
    const changes = req.method !== "GET" && req.method !== "HEAD";
    const fail = (reason: Reason, issues?: Issue[]) =>
      jsonError(reasonStatus(reason), reasonText(reason, requestLocale(req)), issues);
    const sendBack = (to: string, reason: Reason) => seeOther(localizedTarget(req, withQuery(to, { error: reason })));
    if (changes && !isSameSite(req)) return fail("cross-site");
    const params = ((spec.params ?? noParams) as z.ZodType<P>).safeParse(context?.params ? await context.params : {});
    if (!params.success) return fail("not-found");

    const read = spec.body && changes ? await readBody(req) : null;
    // Only a form goes back to a page: a JSON caller gets its status and body whatever `back` says.
    let back: string | null = "/";
    if (kind === "form") {
      const raw = read?.ok ? (read.raw as Record<string, unknown>) : {};
      back = typeof spec.back === "function" ? spec.back(params.data, raw) : (spec.back ?? "/");
      if (back === null) return fail("unreadable");
    }

    const allowed = await gate(req, kind, params.data, back);
    if (!allowed.ok) return allowed.response;

    let body = undefined as B;
    if (read && spec.body) {
      if (!read.ok) return kind === "form" ? sendBack(back, "invalid") : fail(BODY_PROBLEMS[read.problem]);
      const schema = "json" in spec.body && "form" in spec.body ? spec.body[kind] : (spec.body as z.ZodType<B>);
      const parsed = schema.safeParse(read.raw);
      if (!parsed.success) {
        if (kind === "json") return fail("body-shape", zodIssues(parsed.error));
        const field = String(parsed.error.issues[0]?.path[0] ?? "");
        const reason = spec.fieldReasons?.[field] ?? (isReason(field) ? field : "invalid");
        return sendBack(back, reason);
      }
      body = parsed.data;
    }
    const r = await spec.run({ req, kind, params: params.data, body, ...allowed.ctx });
    return toResponse(req, kind, back, r);
  };
}

const BODY_PROBLEMS = {
  "too-large": "body-too-large",
  unreadable: "body-unreadable",
  "not-json": "body-not-json",
  "wrong-type": "body-wrong-type",
} as const satisfies Record<string, Reason>;

/** Anyone may call it (the handler resolves the learner itself when it needs one). */
export function route<P = Record<string, never>, B = undefined>(spec: Spec<P, B, object>): Handler {
  return build(spec, async () => ({ ok: true, ctx: {} }));
}

/** Denied: a form goes to sign in (401) or to the teacher's home; JSON gets the status. */
function deny(
  req: Request,
  kind: BodyKind,
  reason: "sign-in-required" | "teachers-only" | "class-not-found",
  back: string,
): { ok: false; response: Response } {
  const to = reason === "sign-in-required" ? routes.signIn(back) : routes.teacher();
  if (kind === "form") return { ok: false, response: seeOther(localizedTarget(req, to)) };
  return { ok: false, response: jsonError(reasonStatus(reason), reasonText(reason, requestLocale(req))) };
}

async function teacherOf(
  req: Request,
  kind: BodyKind,
  back: string,
): Promise<{ ok: true; teacher: SessionUser } | { ok: false; response: Response }> {
  const user = await userFromRequest(req);
  if (!user || user.role === "guest") return deny(req, kind, "sign-in-required", back);
  if (user.role !== "teacher") return deny(req, kind, "teachers-only", back);
  return { ok: true, teacher: user };
}

/** Teachers only: anyone else gets 401 (not signed in, or a guest learner) or 403. */
export function teacherRoute<P = Record<string, never>, B = undefined>(
  spec: Spec<P, B, { teacher: SessionUser }>,
): Handler {
  return build(spec, async (req, kind, _params, back) => {
    const gate = await teacherOf(req, kind, back);
    return gate.ok ? { ok: true, ctx: { teacher: gate.teacher } } : gate;
  });
}

const classParams = z.object({ id: idSchema });
type ClassParams = z.infer<typeof classParams>;

/**
 * The class's own teacher only: a class that is not this teacher's is 404 whether or not it exists,
 * so ids cannot be probed. The params schema must include the class `id`.
 */
export function classRoute<P extends ClassParams = ClassParams, B = undefined>(
  spec: Spec<P, B, { teacher: SessionUser; classroom: ClassSummary }> & { params?: z.ZodType<P> },
): Handler {
  const withDefaults = {
    back: (p: P) => routes.teacherClass(p.id),
    params: classParams as unknown as z.ZodType<P>,
    ...spec,
  };
  return build(withDefaults, async (req, kind, params, back) => {
    const gate = await teacherOf(req, kind, back);
    if (!gate.ok) return gate;
    const classroom = await findClass(db(), gate.teacher.id, params.id);
    if (!classroom) return deny(req, kind, "class-not-found", back);
    return { ok: true, ctx: { teacher: gate.teacher, classroom } };
  });
}
