// Requests as this site's own pages send them, for calling route handlers directly in tests.

/** A Request as a browser on this site would send it; `cookie` is a session token. */
export function jsonRequest(
  url: string,
  init: {
    method?: string;
    body?: unknown;
    rawBody?: string;
    cookie?: string;
    origin?: string | null;
    headers?: Record<string, string>;
  } = {},
): Request {
  const headers = new Headers({ host: "localhost:3000", ...init.headers });
  if (init.origin !== null) headers.set("origin", init.origin ?? "http://localhost:3000");
  if (init.cookie) headers.set("cookie", `eventline_session=${init.cookie}`);
  let body: string | undefined;
  if (init.rawBody !== undefined) body = init.rawBody;
  else if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  return new Request(new URL(url, "http://localhost:3000"), {
    method: init.method ?? (body ? "POST" : "GET"),
    headers,
    body,
  });
}

/** The session token a response set, if any. */
export function sessionTokenFrom(res: Response): string | undefined {
  const header = res.headers.get("set-cookie") ?? "";
  return /eventline_session=([^;]*)/.exec(header)?.[1] || undefined;
}
