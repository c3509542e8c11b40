// One app process for the live fan-out test: serves the live route handlers over HTTP on its own
// port, with its own database client and its own hub, as one `npm start` worker or one app
// instance would. Run with tsx; prints "listening <port>" when ready.
import "./server-only-shim";
import http from "node:http";
import { Readable } from "node:stream";
import { POST as next } from "@/app/api/live/[id]/next/route";
import { POST as reveal } from "@/app/api/live/[id]/reveal/route";
import { POST as end } from "@/app/api/live/[id]/end/route";
import { POST as answers } from "@/app/api/live/[id]/answers/route";
import { GET as stream } from "@/app/api/live/[id]/stream/route";
import { POST as join } from "@/app/api/live/[id]/join/route";

type Handler = (req: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const routes: [string, RegExp, Handler][] = [
  ["POST", /^\/api\/live\/([^/]+)\/next$/, next],
  ["POST", /^\/api\/live\/([^/]+)\/reveal$/, reveal],
  ["POST", /^\/api\/live\/([^/]+)\/end$/, end],
  ["POST", /^\/api\/live\/([^/]+)\/answers$/, answers],
  ["POST", /^\/api\/live\/([^/]+)\/join$/, join],
  ["GET", /^\/api\/live\/([^/]+)\/stream$/, stream],
];

const server = http.createServer((incoming, outgoing) => {
  void (async () => {
    const url = new URL(incoming.url ?? "/", `http://${incoming.headers.host}`);
    const route = routes.find(([method, pattern]) => method === incoming.method && pattern.test(url.pathname));
    if (!route) {
      outgoing.writeHead(404).end();
      return;
    }
    const id = decodeURIComponent(route[1].exec(url.pathname)![1]!);
    const abort = new AbortController();
    outgoing.on("close", () => abort.abort());
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(incoming.headers)) if (typeof v === "string") headers.set(k, v);
    const req = new Request(url, {
      method: incoming.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
      signal: abort.signal,
    });
    const res = await route[2](req, { params: Promise.resolve({ id }) });
    outgoing.writeHead(res.status, Object.fromEntries(res.headers.entries()));
    if (!res.body) {
      outgoing.end();
      return;
    }
    const body = Readable.fromWeb(res.body as import("node:stream/web").ReadableStream<Uint8Array>);
    outgoing.on("close", () => body.destroy());
    body.pipe(outgoing);
  })().catch((error: unknown) => {
    console.error(error);
    if (!outgoing.headersSent) outgoing.writeHead(500);
    outgoing.end();
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : 0}`);
});
process.on("SIGTERM", () => process.exit(0));
