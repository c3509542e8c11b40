import { z } from "zod";
import { MAX_BODY_BYTES } from "@/lib/http/body";
import { route } from "@/lib/http/handler";
import { reasonMessage, reasonStatus, reasonText } from "@/lib/http/reasons";
import { refusal, reply } from "@/lib/http/respond";
import { requestLocale } from "@/lib/http/locale";
import { readCookie, SESSION_COOKIE, userFromRequest } from "@/lib/http/session";

// The request edge on its own: a handler declared with a schema, called as Next calls it.

const schema = z.strictObject({ name: z.string().min(1).max(20) });
const seen: unknown[] = [];
const handler = route({
  body: schema,
  back: "/form-page",
  run({ body, kind }) {
    seen.push(body);
    if (body.name === "taken") return refusal({ reason: "email-taken" });
    if (body.name === "slow") return refusal({ reason: "slow-down", retryAfterSeconds: 42 });
    return reply.done({ hello: body.name, kind }, "/done", 201);
  },
});

const HOST = { host: "localhost:3000" };
function post(body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) {
  return new Request("http://localhost:3000/api/x", {
    method: "POST",
    body,
    headers: { ...HOST, ...headers },
    duplex: "half",
  } as RequestInit);
}
const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  post(new URLSearchParams(fields).toString(), { "content-type": "application/x-www-form-urlencoded", ...headers });

/** A body sent in chunks with no Content-Length, as `Transfer-Encoding: chunked` arrives. */
function chunked(totalBytes: number, onPull: () => void) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull();
      if (sent >= totalBytes) return controller.close();
      const chunk = new Uint8Array(Math.min(4096, totalBytes - sent)).fill(0x20);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return post(stream, { "content-type": "application/json" });
}

beforeEach(() => {
  seen.length = 0;
});

describe("JSON bodies", () => {
  it("reach the handler validated, and its result becomes the status and body", async () => {
    const res = await handler(post('{"name":"Ada"}'));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ hello: "Ada", kind: "json" });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("come back as JSON with the same headers whether or not the reply sets a cookie", async () => {
    const withExtras = route({
      run: () =>
        reply.json({ n: 1 }, 200, {
          headers: { "X-Extra": "yes" },
          cookies: [{ name: "c", value: "v", path: "/", maxAge: 60 }],
        }),
    });
    const plain = route({ run: () => reply.json({ n: 1 }, 200, { headers: { "X-Extra": "yes" } }) });
    for (const make of [withExtras, plain]) {
      const res = await make(new Request("http://localhost:3000/api/x", { headers: HOST }));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/json");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("x-extra")).toBe("yes");
      expect(await res.text()).toBe('{"n":1}');
    }
    const res = await withExtras(new Request("http://localhost:3000/api/x", { headers: HOST }));
    expect(res.headers.getSetCookie()).toEqual([expect.stringMatching(/^c=v; Path=\/;.*Max-Age=60; HttpOnly/)]);
  });

  it("never ask a form's page of a JSON caller", async () => {
    const back = jest.fn(() => null);
    const json = route({ body: schema, back, run: ({ body }) => reply.json(body) });
    const res = await json(post('{"name":"Ada"}'));
    expect(res.status).toBe(200);
    expect(back).not.toHaveBeenCalled();
    expect((await json(form({ name: "Ada" }))).status).toBe(400);
    expect(back).toHaveBeenCalledTimes(1);
  });

  it("answer 415, 400 and 422 with a sentence, and never reach the handler", async () => {
    const cases: [Request, number, RegExp][] = [
      [post('{"name":"Ada"}', { "content-type": "text/plain" }), 415, /as JSON/],
      [post("{name:"), 400, /not valid JSON/],
      [post('{"name":3,"extra":true}'), 422, /not what this endpoint expects/],
    ];
    for (const [req, status, message] of cases) {
      const res = await handler(req);
      expect(res.status).toBe(status);
      expect((await res.json()).error).toMatch(message);
    }
    expect(seen).toEqual([]);
  });

  it("take an empty body without a Content-Type as no body, as some clients send a bodyless POST", async () => {
    const optional = route({
      body: z.object({}).loose().optional(),
      run: ({ body }) => reply.json({ body: body ?? null }),
    });
    const res = await optional(post(new Uint8Array(0), { "content-length": "0" }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ body: null });
    expect((await optional(post(new Uint8Array(0), { "content-type": "application/json" }))).status).toBe(200);
    expect((await optional(post("x", { "content-type": "text/plain" }))).status).toBe(415);
  });

  it("name each wrong field in a 422", async () => {
    const res = await handler(post('{"name":3,"extra":true}'));
    expect((await res.json()).issues.map((i: { path: string }) => i.path).sort()).toEqual(["(body)", "name"]);
  });

  it("answer 413 for a declared length over the limit", async () => {
    const res = await handler(post(JSON.stringify({ name: "x".repeat(MAX_BODY_BYTES) })));
    expect(res.status).toBe(413);
  });

  it("stop reading a chunked body at the limit instead of reading it all", async () => {
    let pulls = 0;
    const twentyMegabytes = 20 * 1024 * 1024;
    const res = await handler(chunked(twentyMegabytes, () => pulls++));
    expect(res.status).toBe(413);
    // 16 KiB in 4 KiB chunks: a handful of pulls, not the 5,120 that reading 20 MB would take.
    expect(pulls).toBeLessThan(10);
    expect(seen).toEqual([]);
  });

  it("map a domain refusal to its status and sentence, with Retry-After when given", async () => {
    const taken = await handler(post('{"name":"taken"}'));
    expect(taken.status).toBe(reasonStatus("email-taken"));
    expect(await taken.json()).toEqual({ error: reasonText("email-taken", "en") });
    const slow = await handler(post('{"name":"slow"}'));
    expect(slow.status).toBe(429);
    expect(slow.headers.get("retry-after")).toBe("42");
  });
});

describe("HTML forms", () => {
  it("are validated by the same schema and sent on with a 303", async () => {
    const res = await handler(form({ name: "Ada" }));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/done");
    expect(seen).toEqual([{ name: "Ada" }]);
  });

  it("go back to their page naming the field or the reason", async () => {
    const cases: [Request, string][] = [
      [form({ name: "" }), "/form-page?error=name"],
      [form({ name: "Ada", extra: "1" }), "/form-page?error=invalid"],
      [form({ name: "taken" }), "/form-page?error=email-taken"],
    ];
    for (const [req, location] of cases) {
      const res = await handler(req);
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(location);
    }
  });

  it("over the limit go back to the form without reaching the handler", async () => {
    const res = await handler(form({ name: "x".repeat(MAX_BODY_BYTES) }));
    expect(res.headers.get("location")).toBe("/form-page?error=invalid");
    expect(seen).toEqual([]);
  });

  it("have a sentence for every error key a page can show, and none for anything else", () => {
    expect(reasonMessage("email-taken", "en")).toBe(
      "An account with this email address already exists. Sign in instead.",
    );
    expect(reasonMessage("<script>", "en")).toBeNull();
    expect(reasonMessage(["email-taken"], "sq")).toBeNull();
  });
});

describe("the request's language", () => {
  it("gives JSON refusals in the language of the page the request came from", async () => {
    const res = await handler(
      post('{"name":"taken"}', { "content-type": "application/json", referer: "http://localhost:3000/sq/signup" }),
    );
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: reasonText("email-taken", "sq") });
    expect(reasonText("email-taken", "sq")).not.toBe(reasonText("email-taken", "en"));
  });

  it("falls back to Accept-Language for a JSON caller without a page, and to English", async () => {
    const serbian = await handler(
      post('{"name":"taken"}', { "content-type": "application/json", "accept-language": "sr-RS,sr;q=0.9,en;q=0.5" }),
    );
    expect(await serbian.json()).toEqual({ error: reasonText("email-taken", "sr-Latn") });
    const unknown = await handler(
      post('{"name":"taken"}', { "content-type": "application/json", "accept-language": "fr-FR" }),
    );
    expect(await unknown.json()).toEqual({ error: reasonText("email-taken", "en") });
  });

  it("takes the URL's language that the proxy hands to routes under a page path (CSV, map)", () => {
    const req = new Request("http://localhost:3000/sr-Latn/teacher/classes/x/scores.csv", {
      headers: { ...HOST, referer: "http://localhost:3000/sq/teacher", "accept-language": "en" },
    });
    expect(requestLocale(req)).toBe("sr-Latn");
    const bogus = new Request("http://localhost:3000/api/x", {
      headers: { ...HOST, "x-eventline-locale": "xx", "accept-language": "sq" },
    });
    expect(requestLocale(bogus)).toBe("sq");
  });

  it("ignores a Referer from another site", async () => {
    const res = await handler(
      post('{"name":"taken"}', {
        "content-type": "application/json",
        referer: "http://elsewhere.example/sq/x",
        "accept-language": "en",
      }),
    );
    expect(await res.json()).toEqual({ error: reasonText("email-taken", "en") });
  });

  it("sends a form back to its page in the page's language", async () => {
    const albanian = await handler(form({ name: "taken" }, { referer: "http://localhost:3000/sq/form-page" }));
    expect(albanian.headers.get("location")).toBe("/sq/form-page?error=email-taken");
    const serbian = await handler(form({ name: "Ada" }, { referer: "http://localhost:3000/sr/form-page" }));
    expect(serbian.headers.get("location")).toBe("/sr/done");
  });
});

describe("the Origin check", () => {
  const from = (origin: string) => post('{"name":"Ada"}', { "content-type": "application/json", origin });

  it("lets same-site and non-browser requests through", async () => {
    expect((await handler(from("http://localhost:3000"))).status).toBe(201);
    expect((await handler(post('{"name":"Ada"}'))).status).toBe(201);
  });

  it("refuses another site, and a malformed Origin, with 403 before reading anything", async () => {
    expect((await handler(from("https://evil.example"))).status).toBe(403);
    expect((await handler(from("not a url"))).status).toBe(403);
    expect(seen).toEqual([]);
  });
});

describe("cookies", () => {
  const withCookie = (cookie: string) => new Request("http://localhost:3000/api/x", { headers: { ...HOST, cookie } });

  it.each(["%", "%ZZ%", "%E0%A4%A", "\u00ff", "=", ";;;", "a".repeat(5000)])(
    "read a malformed session cookie %j as no session",
    async (value) => {
      const req = withCookie(`${SESSION_COOKIE}=${value}`);
      expect(() => readCookie(req, SESSION_COOKIE)).not.toThrow();
      await expect(userFromRequest(req)).resolves.toBeNull();
    },
  );

  it("read a well-formed cookie among others", () => {
    expect(readCookie(withCookie(`a=1; ${SESSION_COOKIE}=abc%20d; b=%`), SESSION_COOKIE)).toBe("abc d");
  });
});

describe("route params", () => {
  const byId = route({
    params: z.object({ id: z.string().regex(/^[a-z]+$/) }),
    run: ({ params }) => reply.json({ id: params.id }),
  });

  it("answer 404 when they cannot name anything", async () => {
    const res = await byId(new Request("http://localhost:3000/api/x/1"), { params: Promise.resolve({ id: "../1" }) });
    expect(res.status).toBe(404);
    const ok = await byId(new Request("http://localhost:3000/api/x/abc"), { params: Promise.resolve({ id: "abc" }) });
    expect(await ok.json()).toEqual({ id: "abc" });
  });
});
