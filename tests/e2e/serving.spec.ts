import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { freePort } from "@/tests/support/server";

// The same build served every way it can be, each on the end-to-end tests' database: `npm start`
// (the e2e server itself: scripts/start.ts and its workers), `next start`, and a standalone server
// when the build has one (NEXT_OUTPUT=standalone npm run build). Each must give the same security
// headers and refusals, and a client address that a client cannot choose: a forged X-Forwarded-For
// must not move a request to another rate-limit bucket (without TRUST_PROXY=1), and behind a trusted
// proxy (TRUST_PROXY=1) the last entry, the one that proxy appended, is the address.

const DIST = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next");
const STANDALONE = path.join(DIST, "standalone", "server.js");

type Served = { name: string; url: string; stop(): Promise<void> };

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${url}/api/health/live`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not start within 2 minutes:\n${log()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** `next start` (or the standalone server.js) on this build, the e2e database and a free port. */
async function serveWith(
  name: string,
  command: (port: number) => string[],
  env: Record<string, string>,
): Promise<Served> {
  const port = await freePort();
  const child = spawn(process.execPath, command(port), {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      HOST: "127.0.0.1",
      DATABASE_URL: process.env.E2E_DATABASE_URL!,
      ...env,
    },
  });
  let log = "";
  child.stdout!.on("data", (c: Buffer) => (log += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (log += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => log);
  return {
    name,
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
const startNext = (env: Record<string, string> = {}) =>
  serveWith("next start", (port) => [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], env);
const startStandalone = () => serveWith("standalone", () => [STANDALONE], {});

/** One raw request (any method, any path bytes), as a hostile client sends it. */
function raw(
  baseURL: string,
  method: string,
  pathBytes: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method, path: pathBytes, headers: { host: url.host, ...headers } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error(`${method} ${pathBytes}: no answer within 15 s`)));
    req.on("error", reject);
    req.end();
  });
}

function rateLimitKeys(prefix: string): string[] {
  const file = process.env.E2E_DATABASE_URL!.replace(/^file:/, "");
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (
      database.prepare("SELECT key FROM RateLimit WHERE key LIKE ? ORDER BY key").all(`${prefix}%`) as { key: string }[]
    ).map((r) => r.key);
  } finally {
    database.close();
  }
}

/** A failed teacher sign-in for `email`, with the given X-Forwarded-For (or none). */
async function failedSignIn(baseURL: string, email: string, forwardedFor?: string): Promise<number> {
  const res = await fetch(`${baseURL}/api/auth/signin`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
    body: JSON.stringify({ email, password: "not the password at all" }),
  });
  return res.status;
}

const SAFE_HEADERS = ["x-content-type-options", "referrer-policy", "x-frame-options", "permissions-policy"] as const;

type Seen = Record<string, string | number | undefined>;

/** What a client sees of each kind of response: statuses and the security headers. */
async function profile(baseURL: string): Promise<Record<string, Seen | undefined>> {
  const home = await raw(baseURL, "GET", "/");
  const staticFile = /\/_next\/static\/[^"]+\.js/.exec(home.body)?.[0];
  const responses = {
    page: home,
    "static file": staticFile ? await raw(baseURL, "GET", staticFile) : undefined,
    "missing file": await raw(baseURL, "GET", "/favicon.ico"),
    json: await raw(baseURL, "GET", "/api/health"),
    "json with X-Forwarded-For": await raw(baseURL, "GET", "/api/health", { "x-forwarded-for": "192.0.2.1" }),
    "PROPFIND page": await raw(baseURL, "PROPFIND", "/units/northern-kosovo-2023"),
    "WebDAV method on a page": await raw(baseURL, "LOCK", "/"),
    "PROPFIND json": await raw(baseURL, "PROPFIND", "/api/health"),
    "malformed escape (page)": await raw(baseURL, "GET", "/units/%E0%A4%A"),
    "malformed escape (json)": await raw(baseURL, "POST", "/api/attempts/%E0%A4%A/answers", {
      "content-type": "application/json",
      "content-length": "0",
    }),
  };
  return Object.fromEntries(
    Object.entries(responses).map(([label, res]) => [
      label,
      res &&
        <Seen>{
          status: res.status,
          allow: res.headers.allow,
          // The page's CSP has a fresh nonce: compare its shape.
          csp: String(res.headers["content-security-policy"] ?? "").replace(/'nonce-[^']+'/, "'nonce-…'"),
          ...Object.fromEntries(SAFE_HEADERS.map((h) => [h, res.headers[h]])),
        },
    ]),
  );
}

test.describe("every way of serving", () => {
  test.describe.configure({ timeout: 240_000 });

  test("the same headers and refusals under npm start, next start and standalone", async ({ baseURL }) => {
    const expected = await profile(baseURL!);
    // The refusals and headers themselves (npm start).
    expect(expected["page"]!.status).toBe(200);
    expect(expected["page"]!.csp).toMatch(/script-src 'self' 'nonce-…' 'strict-dynamic'/);
    for (const label of Object.keys(expected)) {
      for (const h of SAFE_HEADERS) expect(expected[label]?.[h], `${label}: ${h}`).toBeTruthy();
      expect(expected[label]?.csp, `${label}: CSP`).toContain("frame-ancestors 'none'");
    }
    expect(expected["static file"]!.status).toBe(200);
    expect(expected["PROPFIND page"]).toMatchObject({
      status: 405,
      allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
    });
    expect(expected["WebDAV method on a page"]).toMatchObject({ status: 405 });
    // Next.js's own answer to a method a JSON route does not export, before the route's code runs.
    expect(expected["PROPFIND json"]!.status).toBe(400);
    expect(expected["malformed escape (page)"]!.status).toBe(400);
    expect(expected["malformed escape (json)"]!.status).toBe(400);
    // TRACE cannot become a Fetch API Request: only npm start's server answers it (405); under next
    // start Next.js fails to build the Request (500) and no route runs. (Node.js itself answers 400
    // to a method its parser does not know, such as TRACK, under every server.)
    expect((await raw(baseURL!, "TRACE", "/api/health")).status).toBe(405);
    expect((await raw(baseURL!, "TRACE", "/units/northern-kosovo-2023")).status).toBe(405);

    const servers: Served[] = [await startNext()];
    if (fs.existsSync(STANDALONE)) servers.push(await startStandalone());
    else console.log(`no standalone server in ${DIST} (build with NEXT_OUTPUT=standalone to check it too)`);
    try {
      for (const server of servers) expect(await profile(server.url), server.name).toEqual(expected);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  });

  test("a forged X-Forwarded-For does not change the rate-limit bucket (npm start, next start, standalone)", async ({
    baseURL,
  }) => {
    const servers: Served[] = [{ name: "npm start", url: baseURL!, stop: async () => {} }, await startNext()];
    if (fs.existsSync(STANDALONE)) servers.push(await startStandalone());
    try {
      for (const server of servers) {
        const email = `forged-${server.name.replace(/\W/g, "")}-${Date.now()}@example.org`;
        // The fifth failure for one account from one address blocks the pair for a while; each
        // forged, different X-Forwarded-For would be a fresh address if the app believed it.
        const statuses = [];
        for (let i = 1; i <= 5; i++)
          statuses.push(await failedSignIn(server.url, email, `198.51.100.${i}, 203.0.113.${i}`));
        expect(statuses, server.name).toEqual([401, 401, 401, 401, 429]);
        // The same bucket as a request that sends no X-Forwarded-For at all (blocked for 2 s).
        expect(await failedSignIn(server.url, email), server.name).toBe(429);
        const keys = rateLimitKeys(`sign-in:pair:${email}:`);
        expect(keys, server.name).toHaveLength(1);
        expect(keys[0], server.name).toMatch(/:(::ffff:)?127\.0\.0\.1$/);
      }
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  });

  test("behind a trusted proxy (TRUST_PROXY=1) the last X-Forwarded-For entry is the address", async () => {
    const server = await startNext({ TRUST_PROXY: "1" });
    try {
      const email = `trusted-${Date.now()}@example.org`;
      // What a client wrote first, then what the trusted proxy appended: the proxy's entry counts.
      for (let i = 1; i <= 6; i++) expect(await failedSignIn(server.url, email, `10.9.9.9, 192.0.2.${i}`)).toBe(401);
      expect(rateLimitKeys(`sign-in:pair:${email}:`)).toEqual(
        [1, 2, 3, 4, 5, 6].map((i) => `sign-in:pair:${email}:192.0.2.${i}`).sort(),
      );
    } finally {
      await server.stop();
    }
  });
});
