import crypto from "node:crypto";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, request as playwrightRequest, test } from "@playwright/test";

// Over a thousand malformed requests against every route handler of the running production app
// (found on disk, so a new route is fuzzed without anyone listing it): malformed JSON, wrong types,
// huge bodies, wrong content types, unknown or malformed ids, wrong methods, missing, forged or
// malformed cookies. Each must get a 4xx with a message (an HTML form post may instead get a 303
// back to its page with an error, to the sign-in page, or to a page that itself answers 4xx, as a
// browser posting a stale form about an unknown attempt would), never a 5xx, and the database must be
// exactly as before. Sign-out takes no input and is idempotent: signed out, it answers 2xx and
// changes nothing, which the database check still verifies.

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type Route = { file: string; pattern: string; methods: Method[] };

function discoverRoutes(): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8");
        const methods = METHODS.filter((m) =>
          new RegExp(`export (async )?function ${m}\\b|export const ${m}\\b`).test(source),
        );
        const pattern = "/" + path.relative("app", path.dirname(full)).split(path.sep).join("/");
        routes.push({ file: full, pattern, methods });
      }
    }
  };
  walk("app");
  return routes;
}

const UNKNOWN_IDS = [
  "cmzzzzzzzzzzzzzzzzzzzzzzz",
  "0",
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
  "x".repeat(300),
  "%F0%9F%92%A5",
  "null",
  "-1",
];
const FORGED_COOKIES = [
  undefined,
  `eventline_session=${crypto.randomBytes(32).toString("base64url")}`,
  "eventline_session=forged",
  "eventline_session=%ZZ%",
  `eventline_session=${"a".repeat(4000)}`,
  "eventline_session=%",
  "eventline_session=%E0%A4%A; eventline_session=%%",
];
const MALFORMED_JSON = [
  "{",
  '{"unit":',
  "[1,2",
  "nul",
  "{'a':1}",
  "\u0000\u0001",
  '{"a":1}}',
  "1e999999",
  '"unterminated',
];
const WRONG_TYPES = [
  "null",
  "[]",
  "42",
  '"text"',
  "true",
  "{}",
  '{"unit":42,"mode":[]}',
  '{"questionId":{"$ne":null},"answer":{}}',
  '{"eventIds":"not-a-list"}',
  '{"eventIds":[1,2,3]}',
  '{"email":["a"],"password":{}}',
  '{"code":12345,"displayName":null}',
  '{"name":""}',
  '{"name":"x","__proto__":{"admin":true}}',
  JSON.stringify({ deep: JSON.parse("[".repeat(500) + "]".repeat(500)) }),
  // Lone surrogates and control characters where text is expected.
  '{"displayName":"\\ud800","code":"ACDEF-GHJKM"}',
  '{"name":"A\\u202eB"}',
  '{"questionId":"\\udfff","answer":"\\ud800"}',
];

function paths(pattern: string): string[] {
  if (!pattern.includes("[")) return [pattern];
  return UNKNOWN_IDS.map((id) =>
    pattern.replace(/\[unit\]/g, id === "0" ? "northern-kosovo-2023-missing" : id).replace(/\[[^\]]+\]/g, id),
  );
}

type Probe = { method: Method; url: string; headers: Record<string, string>; body?: string | Buffer; form: boolean };

function probes(routes: Route[]): Probe[] {
  const list: Probe[] = [];
  for (const route of routes) {
    const urls = paths(route.pattern);
    for (const method of METHODS) {
      if (!route.methods.includes(method)) {
        // A method the route does not serve.
        list.push({ method, url: urls[0]!, headers: {}, form: false });
        continue;
      }
      for (const [i, url] of urls.entries()) {
        const cookie = FORGED_COOKIES[i % FORGED_COOKIES.length];
        const base: Record<string, string> = cookie ? { cookie } : {};
        if (method === "GET") {
          if (route.pattern.includes("[")) list.push({ method, url, headers: base, form: false });
          continue;
        }
        for (const body of [...MALFORMED_JSON, ...WRONG_TYPES]) {
          list.push({ method, url, headers: { ...base, "content-type": "application/json" }, body, form: false });
        }
      }
      if (method === "GET") continue;
      const url = urls[0]!;
      list.push({
        method,
        url,
        headers: { "content-type": "application/json" },
        body: Buffer.alloc(2 * 1024 * 1024, 0x20),
        form: false,
      });
      list.push({
        method,
        url,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ padding: "x".repeat(100_000) }),
        form: false,
      });
      list.push({
        method,
        url,
        headers: { "content-type": "text/plain" },
        body: '{"unit":"northern-kosovo-2023","mode":"faq"}',
        form: false,
      });
      list.push({
        method,
        url,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "email=%ZZ&&&=&password",
        form: true,
      });
      list.push({
        method,
        url,
        headers: { "content-type": "multipart/form-data; boundary=x" },
        body: "--x\r\nbroken",
        form: true,
      });
      list.push({
        method,
        url,
        headers: { "content-type": "application/json", origin: "https://evil.example" },
        body: "{}",
        form: false,
      });
      list.push({ method, url, headers: { "content-type": "application/json" }, form: false });
    }
  }
  return list;
}

function databaseFingerprint(url: string): { counts: Record<string, number>; checksum: string } {
  const conn = new Database(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
  try {
    const tables = (
      conn
        .prepare(`SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
        .all() as { name: string }[]
    ).map((t) => t.name);
    const hash = crypto.createHash("sha256");
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const rows = conn.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all();
      counts[table] = rows.length;
      hash.update(table).update(JSON.stringify(rows));
    }
    return { counts, checksum: hash.digest("hex") };
  } finally {
    conn.close();
  }
}

test("a thousand malformed requests get 4xx answers and change nothing", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const routes = discoverRoutes();
  expect(routes.length).toBeGreaterThan(15);
  const list = probes(routes);
  expect(list.length).toBeGreaterThanOrEqual(1000);

  const databaseUrl = process.env.E2E_DATABASE_URL!;
  const before = databaseFingerprint(databaseUrl);
  const api = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  const failures: string[] = [];
  const statuses: Record<number, number> = {};
  for (const p of list) {
    const res = await api.fetch(p.url, {
      method: p.method,
      headers: p.headers,
      data: p.body,
      failOnStatusCode: false,
      maxRedirects: 0,
    });
    const status = res.status();
    statuses[status] = (statuses[status] ?? 0) + 1;
    const label = `${p.method} ${p.url.slice(0, 80)} ${p.headers["content-type"] ?? ""} → ${status}`;
    const location = res.headers()["location"] ?? "";
    let formRedirect = p.form && status === 303 && (/[?&]error=/.test(location) || /^\/signin(\?|$)/.test(location));
    if (p.form && status === 303 && !formRedirect && location.startsWith("/")) {
      const landing = await api.fetch(location, {
        headers: p.headers.cookie ? { cookie: p.headers.cookie } : {},
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      formRedirect = landing.status() >= 400 && landing.status() < 500;
    }
    const idempotentSignOut = p.url === "/api/auth/signout" && p.method === "POST" && status < 400 && status !== 201;
    if (!formRedirect && !idempotentSignOut && (status < 400 || status > 499)) {
      failures.push(label);
      continue;
    }
    if (
      status !== 405 &&
      !formRedirect &&
      !idempotentSignOut &&
      (res.headers()["content-type"] ?? "").includes("application/json")
    ) {
      const body = await res.json().catch(() => null);
      if (!body || typeof body.error !== "string" || body.error.length < 10)
        failures.push(`${label}: no clear message`);
    }
  }
  await api.dispose();
  const after = databaseFingerprint(databaseUrl);

  console.log(`bad-input: ${list.length} requests over ${routes.length} routes; statuses ${JSON.stringify(statuses)}`);
  expect(failures).toEqual([]);
  expect(after.counts).toEqual(before.counts);
  expect(after.checksum).toBe(before.checksum);
});

/** One raw HTTP request (any method, any path bytes, a chunked body), as a hostile client sends it. */
function rawRequest(
  baseURL: string,
  options: { method: string; path: string; headers?: Record<string, string>; chunks?: number; chunkSize?: number },
): Promise<{ status: number; body: string }> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method,
        path: options.path,
        headers: { host: url.host, ...options.headers },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // A CONNECT's answer arrives as a "connect" event, not as a response.
    req.on("connect", (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, body: "" });
    });
    // A request the server leaves hanging is a failure too, reported with its own status.
    req.setTimeout(15_000, () => {
      resolve({ status: -2, body: "no answer within 15 s" });
      req.destroy();
    });
    // The server may answer and close before the whole body is sent: that is the point.
    req.on("error", (e: NodeJS.ErrnoException) =>
      e.code === "EPIPE" || e.code === "ECONNRESET" ? resolve({ status: -1, body: "" }) : reject(e),
    );
    if (options.chunks) {
      const chunk = Buffer.alloc(options.chunkSize ?? 64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < options.chunks!) {
          sent++;
          if (!req.write(chunk)) return req.once("drain", pump);
        }
        req.end();
      };
      pump();
    } else req.end();
  });
}

test("hostile requests: unknown methods, malformed escapes, chunked bodies, odd `next`, forged cookies on valid requests", async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const databaseUrl = process.env.E2E_DATABASE_URL!;
  const before = databaseFingerprint(databaseUrl);
  const failures: string[] = [];
  const check = (label: string, status: number, expected: (s: number) => boolean) => {
    if (!expected(status)) failures.push(`${label} → ${status}`);
  };
  const is4xx = (s: number) => s >= 400 && s < 500;

  for (const method of ["TRACE", "TRACK", "CONNECT", "PROPFIND", "FOO"]) {
    for (const path of ["/", "/api/health", "/units/northern-kosovo-2023"]) {
      const res = await rawRequest(baseURL!, { method, path: method === "CONNECT" ? "127.0.0.1:1" : path });
      check(`${method} ${path}`, res.status, (s) => s === 405 || s === 400);
    }
  }
  for (const path of [
    "/units/%E0%A4%A",
    "/units/northern-kosovo-2023/events/%E0%A4%A",
    "/api/attempts/%E0%A4%A/answers",
    "/%",
    "/teacher/classes/%ZZ",
  ]) {
    for (const method of ["GET", "POST"]) {
      const res = await rawRequest(baseURL!, {
        method,
        path,
        headers: { "content-type": "application/json", "content-length": "0" },
      });
      check(`${method} ${path}`, res.status, is4xx);
    }
  }
  // 20 MB sent in chunks with no Content-Length: refused without reading it all.
  for (const path of ["/api/attempts", "/api/classes/join", "/api/auth/signin"]) {
    const res = await rawRequest(baseURL!, {
      method: "POST",
      path,
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      chunks: 320,
    });
    check(`chunked 20 MB to ${path}`, res.status, (s) => s === 413 || s === -1);
  }
  const api = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  // Valid requests that change nothing for an anonymous caller, with forged and malformed cookies:
  // each cookie must read as "no session".
  const valid: { method: "GET" | "POST"; url: string; data?: unknown; expected: number[] }[] = [
    { method: "GET", url: "/api/units/northern-kosovo-2023/reads", expected: [200] },
    { method: "GET", url: "/api/classes", expected: [401] },
    { method: "POST", url: "/api/classes", data: { name: "A class" }, expected: [401] },
    {
      method: "POST",
      url: "/api/attempts/cmzzzzzzzzzzzzzzzzzzzzzzz/answers",
      data: { questionId: "faq-cause", answer: "x" },
      expected: [404],
    },
    { method: "POST", url: "/api/attempts/cmzzzzzzzzzzzzzzzzzzzzzzz/finish", data: {}, expected: [404] },
    { method: "POST", url: "/api/auth/signout-everywhere", data: {}, expected: [401] },
    { method: "GET", url: "/api/health", expected: [200] },
  ];
  for (const cookie of FORGED_COOKIES.filter(Boolean)) {
    for (const v of valid) {
      const res = await api.fetch(v.url, {
        method: v.method,
        headers: { cookie: cookie!, "content-type": "application/json" },
        data: v.data,
        failOnStatusCode: false,
      });
      check(`${v.method} ${v.url} with ${cookie!.slice(0, 30)}`, res.status(), (s) => v.expected.includes(s));
    }
    for (const page of ["/", "/units/northern-kosovo-2023", "/progress", "/teacher"]) {
      const res = await api.get(page, { headers: { cookie: cookie! }, failOnStatusCode: false, maxRedirects: 0 });
      check(`GET ${page} with ${cookie!.slice(0, 30)}`, res.status(), (s) => s === 200 || s === 307);
    }
  }
  const after = databaseFingerprint(databaseUrl);
  // Last, as a failed sign-in is rightly counted (rate limits): a `next` a Location header cannot
  // carry must still get a 303 or a 4xx, never a 5xx.
  for (const next of ["/teacher/é", "/\u2028x", "/%E0%A4%A", "/teacher/\ud83d\ude00"]) {
    const res = await api.post("/api/auth/signin", {
      form: { email: "nobody@example.org", password: "wrong password", next },
      failOnStatusCode: false,
    });
    check(`sign-in form with next ${JSON.stringify(next)}`, res.status(), (s) => s === 303 || is4xx(s));
  }
  await api.dispose();
  console.log(`hostile requests: ${failures.length} failures`);
  expect(failures).toEqual([]);
  expect(after.counts).toEqual(before.counts);
  expect(after.checksum).toBe(before.checksum);
});
test("malformed requests to a live session that is running get 4xx answers and change nothing", async ({ baseURL }) => {
  test.setTimeout(120_000);
  // A session in progress: its teacher, one seated device, the first question on screen.
  const teacher = await playwrightRequest.newContext({ baseURL });
  const signup = await teacher.post("/api/auth/signup", {
    data: { email: `bad-live-${Date.now()}@example.org`, password: "a long enough password", displayName: "T" },
  });
  expect(signup.status()).toBe(201);
  const started = await teacher.post("/api/live", { data: { unit: "northern-kosovo-2023", mode: "faq" } });
  expect(started.status()).toBe(201);
  const session = (await started.json()) as { id: string; code: string };
  const device = await playwrightRequest.newContext({ baseURL });
  expect((await device.post(`/api/live/${session.code}/join`, { data: { displayName: "Seated" } })).status()).toBe(201);
  expect((await teacher.post(`/api/live/${session.id}/next`)).status()).toBe(200);
  const anonymous = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });

  const bodies = [
    ...MALFORMED_JSON,
    ...WRONG_TYPES,
    '{"questionId":"faq-cause","answer":{"$gt":""}}',
    '{"questionId":"faq-cause","answer":["a","b"],"extra":1}',
    '{"questionId":"not-in-this-session","answer":"x"}',
    '{"displayName":"\\u202eevil"}',
    '{"displayName":"' + "x".repeat(41) + '"}',
    '{"unit":"northern-kosovo-2023","mode":"review"}',
    '{"unit":"northern-kosovo-2023","mode":"faq","classId":"../../x"}',
    '{"unit":"northern-kosovo-2023","mode":"faq","classId":"cmzzzzzzzzzzzzzzzzzzzzzzz"}',
  ];
  const targets = [
    { who: teacher, url: "/api/live" },
    { who: device, url: `/api/live/${session.code}/join` },
    { who: anonymous, url: `/api/live/${session.code}/join` },
    { who: device, url: `/api/live/${session.id}/answers` },
    { who: anonymous, url: `/api/live/${session.id}/answers` },
    { who: device, url: `/api/live/${session.id}/next` },
  ];
  const before = databaseFingerprint(process.env.E2E_DATABASE_URL!);
  const failures: string[] = [];
  let sent = 0;
  for (const { who, url } of targets) {
    const probes: { headers: Record<string, string>; data?: string }[] = [
      ...bodies.map((data) => ({ headers: { "content-type": "application/json" }, data })),
      {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        data: "questionId=faq-cause&code=ZZZ%ZZ&answer=",
      },
      { headers: { "content-type": "text/plain" }, data: "{}" },
      {
        headers: { "content-type": "application/json", origin: "https://evil.example" },
        data: '{"displayName":"Evil"}',
      },
    ];
    for (const probe of probes) {
      const res = await who.fetch(url, {
        method: "POST",
        headers: probe.headers,
        data: probe.data,
        failOnStatusCode: false,
        maxRedirects: 0,
      });
      sent++;
      const status = res.status();
      const location = res.headers()["location"] ?? "";
      const formRedirect = status === 303 && /[?&]error=/.test(location);
      // A seated device joining again is the same seat (201, nothing new): the one success allowed.
      const rejoin = url.endsWith("/join") && who === device && status === 201;
      if (!formRedirect && !rejoin && (status < 400 || status > 499))
        failures.push(`${url} ${probe.data?.slice(0, 40)} → ${status}`);
    }
  }
  const after = databaseFingerprint(process.env.E2E_DATABASE_URL!);
  console.log(`bad-input (live): ${sent} requests`);
  expect(failures).toEqual([]);
  expect(after.counts).toEqual(before.counts);
  expect(after.checksum).toBe(before.checksum);
  await Promise.all([teacher.dispose(), device.dispose(), anonymous.dispose()]);
});
