// One web worker of `npm start`: serves the production build on the shared port. The primary
// process (scripts/start.ts) forks one per core; every bit of shared state is in the database, so
// workers, like separate app instances, need nothing from each other.
import http from "node:http";
import next from "next";
import { db } from "@/lib/db";
import { parseEnv } from "@/lib/env";

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
    // Rate limits count per client address (lib/rate-limit.ts reads X-Forwarded-For). Behind a
    // trusted proxy its header is kept; otherwise the header is the socket's address, so a client
    // can neither dodge a limit by forging it nor share one "unknown" counter with everyone.
    const peer = req.socket.remoteAddress ?? "unknown";
    const forwarded = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = config.TRUST_PROXY === "1" && forwarded ? `${forwarded}, ${peer}` : peer;
    void handle(req, res);
  });
  server.listen(config.PORT, config.HOST);
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

serve().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
