// One web worker of `npm start`: serves the production build on the shared port. The primary
// process (scripts/start.ts) forks one per core; every bit of shared state is in the database, so
// workers, like separate app instances, need nothing from each other.
import http from "node:http";
import next from "next";
import { db } from "@/lib/db";
import { parseEnv } from "@/lib/env";

const SECURITY_HEADERS = {
  "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

// The methods the app answers; anything else (TRACE, CONNECT, WebDAV verbs…) gets a 405 here.
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Requests no route could serve: answered with a 4xx and a sentence before Next sees them. */
function refuseBeforeNext(req: http.IncomingMessage): { status: number; error: string; headers?: Record<string, string> } | null {
  if (!METHODS.has(req.method ?? "")) {
    return { status: 405, error: `The method ${String(req.method).slice(0, 20)} is not supported.`, headers: { Allow: [...METHODS].join(", ") } };
  }
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, error: "The address has a malformed percent-escape (such as %E0%A4%A)." };
  }
  return null;
}

/**
 * Next.js sends a response's headers, its first chunk and the end of the chunked body in three
 * writes, three system calls and as many TCP segments. Holding the socket from the headers to the end
 * of this turn of the event loop sends a JSON answer in one; a stream's later chunks are not held.
 */
function coalesceWrites(res: http.ServerResponse) {
  const flushHeaders = res.flushHeaders.bind(res);
  res.flushHeaders = () => {
    const socket = res.socket;
    if (!socket || socket.writableCorked > 0) return flushHeaders();
    socket.cork();
    flushHeaders();
    setImmediate(() => socket.uncork());
  };
}

async function serve() {
  const config = parseEnv();
  // Next.js writes a loopback address as "localhost" in the proxy's request URL; given the same
  // name here, the proxy's rewrites of /sq/… and /sr/… stay inside this server. Given
  // "127.0.0.1", they would not match its origin and be proxied over HTTP as new requests,
  // which lose the language the proxy read (the pages would render in English).
  const loopback = config.HOST === "127.0.0.1" || config.HOST === "::1" || config.HOST === "[::1]";
  const app = next({ dev: false, dir: process.cwd(), hostname: loopback ? "localhost" : config.HOST, port: config.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  // A worker takes traffic only once its database client answers: the first query also loads
  // Prisma's query engine, which would otherwise stall the first requests. The app's route code
  // finds this client through db()'s process-wide cache.
  await db().$queryRawUnsafe("SELECT 1");
  const server = http.createServer((req, res) => {
    const refused = refuseBeforeNext(req);
    if (refused) {
      res.writeHead(refused.status, { "Content-Type": "application/json; charset=utf-8", ...SECURITY_HEADERS, ...refused.headers });
      res.end(JSON.stringify({ error: refused.error }));
      return;
    }
    // Rate limits count per client address (lib/http/client-address.ts reads X-Forwarded-For).
    // Without a trusted proxy it is the socket's address; behind one (TRUST_PROXY=1) it is the last
    // address the proxy appended, the one it saw. Either way a client cannot forge it.
    const peer = req.socket.remoteAddress ?? "unknown";
    const forwarded = String(req.headers["x-forwarded-for"] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    req.headers["x-forwarded-for"] = config.TRUST_PROXY === "1" ? (forwarded.at(-1) ?? peer) : peer;
    // Every response carries these, including the ones no page code runs for (static files, a 404
    // for /favicon.ico, prefetches); pages replace the CSP with their own, which has a nonce.
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const https = config.TRUST_PROXY === "1" ? String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]?.trim() === "https" : "encrypted" in req.socket;
    if (https) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    coalesceWrites(res);
    void handle(req, res);
  });
  // CONNECT asks for a tunnel, which this app never gives: answer it rather than drop the socket.
  server.on("connect", (_req, socket) => {
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{"error":"The method CONNECT is not supported."}');
  });
  server.listen(config.PORT, config.HOST);
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

serve().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
