import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";
import { isDocumentRequest } from "@/lib/http/document-request";
import { leaveMarkup } from "@/components/ui/markup-slots";
import { StaticHtml } from "@/components/ui/static-html";

// Server-drawn parts of a page that never change in the browser (a timeline's cards, its axis,
// its filters) need no React in the browser either. Rendered as JSX, every element of them would
// travel twice (as HTML and again in the React Server Components payload that Next.js inlines for
// hydration) and be hydrated one by one. <StaticMarkup> renders them to one HTML string on the
// server instead, and hydrates one element. On a document request the string goes into the HTML
// only (the payload carries a key to it: see markup-slots.ts and static-html.tsx); a client-side
// navigation gets it in the payload. Client components cannot go inside (they would never
// hydrate); put them beside it.
// `tests/unit/static-markup.test.tsx` checks the output against react-dom/server's.

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const BOOLEAN = new Set(["open", "hidden", "disabled", "checked", "selected", "required", "reversed"]);
/** React's names for attributes whose HTML or SVG names differ; anything else in camelCase is refused. */
const NAMES: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  tabIndex: "tabindex",
  dateTime: "datetime",
  hrefLang: "hreflang",
  colSpan: "colspan",
  rowSpan: "rowspan",
  viewBox: "viewBox",
  strokeWidth: "stroke-width",
  strokeLinecap: "stroke-linecap",
  strokeLinejoin: "stroke-linejoin",
  strokeDasharray: "stroke-dasharray",
  textAnchor: "text-anchor",
  fillRule: "fill-rule",
  dominantBaseline: "dominant-baseline",
};

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
// Single-quoted attributes: the HTML string travels inside JSON, where a double quote costs a backslash.
const escapeAttribute = (s: string) => s.replace(/&/g, "&amp;").replace(/'/g, "&#39;").replace(/</g, "&lt;");

function attributes(tag: string, props: Record<string, unknown>): string {
  let out = "";
  for (const [key, value] of Object.entries(props)) {
    if (key === "children" || key === "dangerouslySetInnerHTML" || key === "suppressHydrationWarning" || value == null || value === false) continue;
    const name = NAMES[key] ?? (/[A-Z]/.test(key) ? undefined : key);
    if (name === undefined) throw new Error(`StaticMarkup: no HTML name known for <${tag} ${key}>`);
    if (key === "style") throw new Error(`StaticMarkup: style objects are not supported (<${tag}>); use a class`);
    if (value === true) {
      if (BOOLEAN.has(name)) out += ` ${name}`;
      else if (name.startsWith("aria-") || name.startsWith("data-")) out += ` ${name}='true'`;
      else throw new Error(`StaticMarkup: <${tag} ${key}={true}> is not a known boolean attribute`);
      continue;
    }
    if (typeof value !== "string" && typeof value !== "number") throw new Error(`StaticMarkup: <${tag} ${key}> must be a string or a number`);
    out += ` ${name}='${escapeAttribute(String(value))}'`;
  }
  return out;
}

/** The HTML of a tree of host elements and server components (async ones included). */
export async function renderMarkup(node: ReactNode): Promise<string> {
  if (node == null || typeof node === "boolean") return "";
  if (typeof node === "string") return escapeText(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return (await Promise.all(node.map(renderMarkup))).join("");
  if (node instanceof Promise) return renderMarkup(await node);
  if (!isValidElement(node)) throw new Error("StaticMarkup: cannot render this node");
  const { type, props } = node as ReactElement<Record<string, unknown> & { children?: ReactNode }>;
  if (type === Fragment) return renderMarkup(props.children);
  if (typeof type === "function") {
    if ("prototype" in type && type.prototype?.isReactComponent) throw new Error("StaticMarkup: class components are not supported");
    return renderMarkup(await (type as (p: unknown) => ReactNode | Promise<ReactNode>)(props));
  }
  if (typeof type !== "string") throw new Error("StaticMarkup: only host elements and function components can be rendered");
  const open = `<${type}${attributes(type, props)}>`;
  if (VOID.has(type)) return open;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  return `${open}${inner?.__html ?? (await renderMarkup(props.children))}</${type}>`;
}

type Props = { children: ReactNode; className?: string; as?: "div" | "section" | "header" };

/** Its children, rendered once on the server as static HTML (see above). */
export async function StaticMarkup({ children, className, as = "div" }: Props) {
  const html = await renderMarkup(children);
  if (await isDocumentRequest()) return <StaticHtml as={as} className={className} slot={leaveMarkup(html)} />;
  return <StaticHtml as={as} className={className} html={html} />;
}
