// A request header the pages read (lib/http/document-request.ts).

/** "1" on a request for the HTML document (a first load or a reload), not for a client-side navigation's payload. */
export const DOCUMENT_HEADER = "x-eventline-document";
