import { headers } from "next/headers";
import { DOCUMENT_HEADER } from "@/lib/http/locale-headers";

/**
 * Whether this render answers a request for the HTML document (a first load, a reload, a page
 * without JavaScript) rather than a client-side navigation, which receives only the React Server
 * Components payload. Unknown (no proxy run) counts as a navigation.
 */
export async function isDocumentRequest(): Promise<boolean> {
  return (await headers()).get(DOCUMENT_HEADER) === "1";
}
