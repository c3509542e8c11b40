// One web worker of `npm start`: a documented Next.js custom server that serves the production build
// on the shared port. The primary process (scripts/start.ts) forks the workers and replaces one that
// dies; this file adds the start-up wait for the database, a graceful shutdown, and an answer to the
// three methods that never reach Next.js's code (below). Every other rule of what a request gets
// (security headers, refused methods and escapes, the client's address) is in next.config.js and
// proxy.ts, so `next start`, `next dev` and a standalone server give the same.
// Every bit of shared state is in the database, so workers, like separate app instances, need
// nothing from each other.
import http from "node:http";
import next from "next";
import { db } from "@/lib/db";
import { parseEnv } from "@/lib/env";

const ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
/**
 * Methods a Fetch API Request cannot carry: Next.js fails to build one for them before any app code
 * (proxy.ts included) runs, and answers 500 ("'TRACE' HTTP method is unsupported"); CONNECT is not
 * even handed to a request listener. Refused here with a 405; under `next start` they stay Next.js's
 * 500 (TRACE, TRACK) and a closed connection (CONNECT), and never reach a route either way.
 */
const FETCH_FORBIDDEN = new Set(["TRACE", "TRACK", "CONNECT"]);

function refuseMethod(res: http.ServerResponse, method: string) {
  res.writeHead(405, {
    "Content-Type": "application/json; charset=utf-8",
    Allow: ALLOW,
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(JSON.stringify({ error: `The method ${method} is not supported.` }));
}

async function serve() {
  const config = parseEnv();
  const app = next({ dev: false, dir: process.cwd(), hostname: config.HOST, port: config.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  // A worker takes traffic only once its database client answers: the first query also loads
  // Prisma's query engine, which would otherwise stall the first requests. The app's route code
  // finds this client through db()'s process-wide cache.
  await db().$queryRawUnsafe("SELECT 1");
  const server = http.createServer((req, res) => {
    if (FETCH_FORBIDDEN.has(req.method ?? "")) return refuseMethod(res, String(req.method));
    void handle(req, res);
  });
  // CONNECT asks for a tunnel, which this app never gives. Node.js hands it to no request handler
  // (a server without this listener, such as `next start`'s, closes the connection): answer it.
  server.on("connect", (_req, socket) => {
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ALLOW}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{"error":"The method CONNECT is not supported."}`,
    );
  });
  server.listen(config.PORT, config.HOST);
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

serve().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
