// A reading page's HTML passes through here on its way out of `npm start`'s workers, to load its
// scripts after the first paint (lib/http/scripts-after-paint.ts). The app's pages do not stream (no
// loading.tsx: a streamed page is hidden without JavaScript), so holding the document until it is
// complete delays no byte the browser could have used. Next.js would compress the document before
// this could read it, so its compression is skipped for these requests and done here instead.
import type http from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { isReadingPage, loadScriptsAfterPaint } from "@/lib/http/scripts-after-paint";

const gzip = promisify(zlib.gzip);

/** A browser asking for a reading page's HTML (not its payload, and not any other page or route). */
export function isReadingPageRequest(req: http.IncomingMessage): boolean {
  return req.method === "GET" && String(req.headers.accept ?? "").includes("text/html") && isReadingPage(req.url ?? "/");
}

type Callback = (error?: Error | null) => void;

/** Holds the response to `req` until it ends, then rewrites it if it is an HTML page and compresses it. */
export function rewriteDocument(req: http.IncomingMessage, res: http.ServerResponse): void {
  const acceptsGzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  delete req.headers["accept-encoding"];
  const chunks: Buffer[] = [];
  const { write, end, writeHead, flushHeaders } = res;
  const take = (chunk: unknown, encoding: unknown) => {
    if (chunk == null || typeof chunk === "function") return;
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array));
  };
  // Nothing may reach the socket before the end: the headers still change (length, encoding).
  res.flushHeaders = () => {};
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status;
    const message = rest.find((r): r is string => typeof r === "string");
    if (message) res.statusMessage = message;
    const headers = rest.find((r) => r !== null && typeof r === "object");
    if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
    else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value as string);
    return res;
  }) as typeof res.writeHead;
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    take(chunk, encoding);
    const done = [encoding, callback].find((f): f is Callback => typeof f === "function");
    if (done) process.nextTick(done);
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    take(chunk, encoding);
    const done = [chunk, encoding, callback].find((f): f is () => void => typeof f === "function");
    const send = (body: Buffer) => {
      // Node.js itself calls these while it sends (writeHead for the headers).
      Object.assign(res, { write, end, writeHead, flushHeaders });
      res.end(body, done);
    };
    void finish().then(send, () => send(Buffer.concat(chunks)));
    return res;
  }) as typeof res.end;

  async function finish(): Promise<Buffer> {
    let body = Buffer.concat(chunks);
    if (res.headersSent) return body;
    if (res.statusCode === 200 && String(res.getHeader("content-type") ?? "").startsWith("text/html")) {
      body = Buffer.from(loadScriptsAfterPaint(body.toString("utf8")), "utf8");
    }
    res.removeHeader("transfer-encoding");
    const vary = String(res.getHeader("vary") ?? "");
    if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    if (acceptsGzip && body.length > 1024 && !res.getHeader("content-encoding")) {
      body = await gzip(body);
      res.setHeader("Content-Encoding", "gzip");
    }
    res.setHeader("Content-Length", body.length);
    return body;
  }
}
