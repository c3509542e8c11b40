import { z } from "zod";
import { checkOrigin, MAX_BODY_BYTES, parseJsonBody } from "@/lib/http";

const schema = z.strictObject({ name: z.string().min(1) });

function post(body: string, headers: Record<string, string> = { "content-type": "application/json" }) {
  return new Request("http://localhost:3000/api/x", { method: "POST", body, headers: { host: "localhost:3000", ...headers } });
}

async function failure(req: Request) {
  const parsed = await parseJsonBody(req, schema);
  if (parsed.ok) throw new Error("expected a failure");
  return { status: parsed.response.status, body: await parsed.response.json() };
}

describe("parseJsonBody", () => {
  it("accepts a valid body", async () => {
    expect(await parseJsonBody(post('{"name":"Ada"}'), schema)).toEqual({ ok: true, data: { name: "Ada" } });
  });

  it("answers 415 for a body that is not declared as JSON", async () => {
    expect(await failure(post('{"name":"Ada"}', { "content-type": "text/plain" }))).toMatchObject({ status: 415 });
  });

  it("answers 400 for malformed JSON", async () => {
    const f = await failure(post("{name:"));
    expect(f).toEqual({ status: 400, body: { error: "The request body is not valid JSON." } });
  });

  it("answers 413 for a body over the limit, declared or not", async () => {
    const big = JSON.stringify({ name: "x".repeat(MAX_BODY_BYTES) });
    expect((await failure(post(big))).status).toBe(413);
  });

  it("answers 422 naming each wrong field", async () => {
    const f = await failure(post('{"name":3,"extra":true}'));
    expect(f.status).toBe(422);
    expect(f.body.issues.map((i: { path: string }) => i.path).sort()).toEqual(["(body)", "name"]);
  });
});

describe("checkOrigin", () => {
  const req = (origin?: string) =>
    new Request("http://localhost:3000/api/x", { method: "POST", headers: { host: "localhost:3000", ...(origin ? { origin } : {}) } });

  it("lets same-site and non-browser requests through", () => {
    expect(checkOrigin(req("http://localhost:3000"))).toBeNull();
    expect(checkOrigin(req())).toBeNull();
  });

  it("refuses another site, and a malformed Origin, with 403", () => {
    expect(checkOrigin(req("https://evil.example"))?.status).toBe(403);
    expect(checkOrigin(req("not a url"))?.status).toBe(403);
  });
});
