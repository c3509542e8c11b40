import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { leaveMarkup, takeMarkup } from "@/components/ui/markup-slots";
import { isReadingPage, loadScriptsAfterPaint } from "@/lib/http/scripts-after-paint";
import { isReadingPageRequest, rewriteDocument } from "@/scripts/document-response";

// A document as Next.js 16 writes it: chunk scripts in the head (async, with the page's nonce), a
// low-priority preload of the entry script, the polyfills for old browsers, the entry at the end.
const NEXT_DOCUMENT =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="N1" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" nonce="N1" href="/_next/static/chunks/main.js"/>' +
  '<script src="/_next/static/chunks/react.js" async="" nonce="N1"></script>' +
  '<script src="/_next/static/chunks/page.js" async="" nonce="N1"></script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="N1"></script></head>' +
  `<body><main><h1>Northern Kosovo</h1><p>${"An event, its date and its sources. ".repeat(40)}</p></main>` +
  '<script nonce="N1">self.__next_f.push([0])</script>' +
  '<script src="/_next/static/chunks/main.js" nonce="N1" async=""></script></body></html>';

describe("loadScriptsAfterPaint", () => {
  const out = loadScriptsAfterPaint(NEXT_DOCUMENT);

  it("takes the async chunk scripts and the script preload out of the HTML", () => {
    expect(out).not.toMatch(/<script src="\/_next\/static\/chunks\/(react|page|main)\.js"/);
    expect(out).not.toContain('rel="preload" as="script"');
    // The stylesheet, the inline payload and the polyfills (not async) stay as they were.
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(out).toContain('<script nonce="N1">self.__next_f.push([0])</script>');
    expect(out).toContain('<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="N1"></script>');
  });

  it("loads the same scripts, in the same order, from one inline script with the page's nonce, after the first frame", () => {
    const loader = /<script nonce="N1">(\(function\(s\)[\s\S]*?)<\/script><\/body>/.exec(out)?.[1];
    expect(loader).toBeDefined();
    expect(loader).toContain('["/_next/static/chunks/react.js","/_next/static/chunks/page.js","/_next/static/chunks/main.js"]');
    // Run it against a stand-in document: nothing is loaded until a frame is painted, then each script once.
    const appended: string[] = [];
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const document = { head: { appendChild: (e: { src: string }) => appended.push(e.src) }, createElement: () => ({ src: "", async: false }) };
    new Function("document", "requestAnimationFrame", "setTimeout", loader!)(document, (f: () => void) => frames.push(f), (f: () => void) => timers.push(f));
    expect(appended).toEqual([]);
    frames.forEach((f) => f());
    expect(appended).toEqual([]);
    timers.forEach((f) => f()); // the one after the frame, and the hidden-tab fallback
    expect(appended).toEqual(["/_next/static/chunks/react.js", "/_next/static/chunks/page.js", "/_next/static/chunks/main.js"]);
  });

  it("leaves a document without Next.js scripts, or without a body, unchanged", () => {
    const plain = "<!DOCTYPE html><html><body><p>Hello</p></body></html>";
    expect(loadScriptsAfterPaint(plain)).toBe(plain);
    expect(loadScriptsAfterPaint('<script src="/_next/static/chunks/x.js" async=""></script>')).toContain("<script src=");
  });

  it("keeps a loader without a nonce when the page has none", () => {
    const out = loadScriptsAfterPaint('<html><head><script src="/_next/static/chunks/x.js" async=""></script></head><body></body></html>');
    expect(out).toMatch(/<script>\(function\(s\)/);
  });
});

describe("isReadingPage", () => {
  it.each(["/", "/?x=1", "/sq", "/sr/", "/units/northern-kosovo-2023", "/units/northern-kosovo-2023?category=attack&page=2", "/sq/units/a-b/events/c-d", "/units/a/events/b#x"])(
    "%s is a reading page",
    (url) => expect(isReadingPage(url)).toBe(true),
  );
  it.each(["/units/a/quiz", "/units/a/quiz/attempts/x", "/teacher", "/sq/teacher/live", "/live/ABC", "/join", "/progress", "/api/health", "/units/a/map.svg", "/_next/static/x.js"])(
    "%s is not",
    (url) => expect(isReadingPage(url)).toBe(false),
  );
});

describe("markup slots", () => {
  it("hands a string over once, under a key of its own", () => {
    const a = leaveMarkup("<p>a</p>");
    const b = leaveMarkup("<p>b</p>");
    expect(a).not.toBe(b);
    expect(takeMarkup(b)).toBe("<p>b</p>");
    expect(takeMarkup(a)).toBe("<p>a</p>");
    expect(takeMarkup(a)).toBeUndefined();
    expect(takeMarkup("no-such-key")).toBeUndefined();
  });

  it("drops a string nobody took after a minute", () => {
    const old = leaveMarkup("<p>old</p>", Date.now() - 61_000);
    leaveMarkup("<p>new</p>");
    expect(takeMarkup(old)).toBeUndefined();
  });
});

describe("rewriteDocument (npm start's workers)", () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    // Stands in for Next.js: the headers and the document in several writes, the way it streams.
    server = http.createServer((req, res) => {
      if (isReadingPageRequest(req)) rewriteDocument(req, res);
      if (req.url === "/json") {
        res.setHeader("Content-Type", "application/json");
        res.end(JSON.stringify({ encoding: req.headers["accept-encoding"] ?? null }));
        return;
      }
      res.statusCode = req.url === "/units/missing" ? 404 : 200;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.flushHeaders();
      const half = NEXT_DOCUMENT.length >> 1;
      res.write(NEXT_DOCUMENT.slice(0, half));
      res.write(Buffer.from(NEXT_DOCUMENT.slice(half)));
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(base + path, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    });

  it("rewrites and gzips a page for a browser, with its length", async () => {
    const res = await get("/units/x", { accept: "text/html", "accept-encoding": "gzip, br" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(zlib.gunzipSync(res.body).toString()).toBe(loadScriptsAfterPaint(NEXT_DOCUMENT));
  });

  it("sends it uncompressed to a client that takes no gzip, and leaves an error page's HTML as it is", async () => {
    expect((await get("/units/x", { accept: "text/html" })).body.toString()).toBe(loadScriptsAfterPaint(NEXT_DOCUMENT));
    const missing = await get("/units/missing", { accept: "text/html" });
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe(NEXT_DOCUMENT);
  });

  it("does not touch requests that are not a browser asking for a page", async () => {
    const asked = { "accept-encoding": "gzip" };
    expect(JSON.parse((await get("/json", asked)).body.toString())).toEqual({ encoding: "gzip" });
    expect((await get("/api/live/x/stream", { accept: "text/html", ...asked })).body.toString()).toBe(NEXT_DOCUMENT);
    expect((await get("/units/x/quiz", { accept: "text/html", ...asked })).body.toString()).toBe(NEXT_DOCUMENT);
  });
});
