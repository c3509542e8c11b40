"use client";

import { useEffect } from "react";

const NEXT = new Set(["ArrowRight", "ArrowDown"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp"]);

/**
 * Arrow-key movement along the server-drawn axis (a roving tab stop: only the current marker is
 * in the Tab order), and the axis's caption ([data-axis-caption], drawn by the server) naming the
 * marker in focus or under the pointer. It renders nothing itself: the axis around it is static
 * HTML. Without JavaScript the axis still works: its first marker is a Tab stop and every marker
 * is a link.
 */
export function AxisKeyboard({ axisId }: { axisId: string }) {
  useEffect(() => {
    const root = document.getElementById(axisId);
    if (!root) return;
    const caption = root.closest("section")?.querySelector("[data-axis-caption]");
    const markers = () => [...root.querySelectorAll<SVGAElement>("a[data-marker]")];
    const show = (target: EventTarget | null) => {
      const marker = (target as Element | null)?.closest?.("a[data-marker]");
      if (marker && caption) caption.textContent = marker.getAttribute("aria-label") ?? "";
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const list = markers();
      const current = list.indexOf((event.target as Element).closest("a[data-marker]") as SVGAElement);
      if (current < 0) return;
      let next = current;
      if (NEXT.has(event.key)) next = Math.min(list.length - 1, current + 1);
      else if (PREVIOUS.has(event.key)) next = Math.max(0, current - 1);
      else if (event.key === "Home") next = 0;
      else if (event.key === "End") next = list.length - 1;
      else return;
      event.preventDefault();
      list[current]?.setAttribute("tabindex", "-1");
      list[next]?.setAttribute("tabindex", "0");
      list[next]?.focus();
    };
    const onFocusIn = (event: FocusEvent) => show(event.target);
    const onPointer = (event: PointerEvent) => show(event.target);
    root.addEventListener("keydown", onKeyDown);
    root.addEventListener("focusin", onFocusIn);
    root.addEventListener("pointerover", onPointer);
    // The page hydrates after its first paint: a keyboard may already be on a marker.
    if (root.contains(document.activeElement)) show(document.activeElement);
    return () => {
      root.removeEventListener("keydown", onKeyDown);
      root.removeEventListener("focusin", onFocusIn);
      root.removeEventListener("pointerover", onPointer);
    };
  }, [axisId]);

  return null;
}
