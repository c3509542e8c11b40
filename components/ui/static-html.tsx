"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { takeMarkup } from "@/components/ui/markup-slots";

let refreshing: ReturnType<typeof setTimeout> | undefined;

type Props = { as: "div" | "section" | "header"; className?: string } & ({ html: string; slot?: never } | { slot: string; html?: never });

/**
 * The element <StaticMarkup> draws. With `html` (a client-side navigation's payload), it renders it.
 * With `slot` (the first load of a page), the server render takes the HTML from the slot and the
 * browser keeps the server's HTML: React leaves an element's inner HTML alone when it hydrates it.
 * Should the browser ever mount it afresh from the first load's payload (its router cache), the
 * element would be empty, and the page asks the server for its payload again (with the HTML in it).
 */
export function StaticHtml({ as: Tag, className, html, slot }: Props) {
  const ref = useRef<HTMLElement>(null);
  const router = useRouter();
  const markup = html ?? (typeof window === "undefined" && slot ? (takeMarkup(slot) ?? "") : "");
  useEffect(() => {
    if (html !== undefined || !ref.current || ref.current.hasChildNodes()) return;
    // One refresh for all of a page's empty elements.
    if (!refreshing) refreshing = setTimeout(() => {
      refreshing = undefined;
      router.refresh();
    }, 0);
  }, [html, router]);
  return <Tag ref={ref as never} className={className} dangerouslySetInnerHTML={{ __html: markup }} suppressHydrationWarning />;
}
