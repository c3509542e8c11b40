"use client";

import { useEffect, useState } from "react";

const NEXT = new Set(["ArrowRight", "ArrowDown"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp"]);

/**
 * Arrow-key movement along the server-drawn axis (a roving tab stop: only the current marker is
 * in the Tab order), and a caption naming the marker in focus or under the pointer. Without
 * JavaScript the axis still works: its first marker is a Tab stop and every marker is a link.
 */
export function AxisKeyboard({ axisId }: { axisId: string }) {
  const [caption, setCaption] = useState("");

  useEffect(() => {
    const root = document.getElementById(axisId);
    if (!root) return;
    const markers = () => [...root.querySelectorAll<SVGAElement>("a[data-marker]")];
    const show = (target: EventTarget | null) => {
      const marker = (target as Element | null)?.closest?.("a[data-marker]");
      if (marker) setCaption(marker.getAttribute("aria-label") ?? "");
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
    return () => {
      root.removeEventListener("keydown", onKeyDown);
      root.removeEventListener("focusin", onFocusIn);
      root.removeEventListener("pointerover", onPointer);
    };
  }, [axisId]);

  // Screen readers hear the marker's own name; this line is for the eyes.
  return (
    <p aria-hidden="true" className="mt-1 min-h-6 text-sm font-medium" data-axis-caption="">
      {caption}
    </p>
  );
}
