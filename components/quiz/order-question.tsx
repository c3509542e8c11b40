"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { PublicOption } from "@/lib/quiz/types";

type Props = {
  prompt: string;
  items: PublicOption[];
  order: string[];
  disabled: boolean;
  onChange(order: string[]): void;
};

/** Ordering by buttons, so that it works by keyboard and switch access without dragging. */
export function OrderQuestion({ prompt, items, order, disabled, onChange }: Props) {
  const t = useTranslations("quiz.question");
  const [announcement, setAnnouncement] = useState("");
  const moved = useRef<{ id: string; up: boolean } | null>(null);

  // Keep focus on the moved item's button so repeated presses keep moving it; at the top or
  // bottom that button is disabled, so focus goes to the item's other button.
  useEffect(() => {
    if (!moved.current) return;
    const { id, up } = moved.current;
    moved.current = null;
    const same = document.getElementById(`move-${up ? "up" : "down"}-${id}`) as HTMLButtonElement | null;
    if (same && !same.disabled) same.focus();
    else document.getElementById(`move-${up ? "down" : "up"}-${id}`)?.focus();
  }, [order]);
  const text = (id: string) => items.find((i) => i.id === id)?.text ?? id;

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[index], next[target]] = [next[target] as string, next[index] as string];
    onChange(next);
    moved.current = { id: order[index] as string, up: by < 0 };
    setAnnouncement(t("moved", { item: text(order[index] as string), position: target + 1, total: order.length }));
  }

  return (
    <fieldset className="space-y-3" disabled={disabled}>
      <legend className="mb-2 text-lg font-semibold">{prompt}</legend>
      <p className="text-sm text-stone-600 dark:text-stone-300">{t("orderHint")}</p>
      <ol className="space-y-2">
        {order.map((id, index) => (
          <li
            key={id}
            className="flex flex-wrap items-center gap-2 rounded border border-stone-300 bg-white p-2 dark:border-stone-600 dark:bg-stone-800"
          >
            <span className="w-6 text-center font-mono text-sm" aria-hidden="true">
              {index + 1}.
            </span>
            <span className="min-w-0 flex-1">{text(id)}</span>
            <span className="flex gap-1">
              <button
                type="button"
                id={`move-up-${id}`}
                onClick={() => move(index, -1)}
                disabled={disabled || index === 0}
                aria-label={t("moveUp", { item: text(id) })}
                className="min-h-11 min-w-11 rounded border border-stone-400 px-2 text-sm hover:bg-stone-100 disabled:opacity-40 dark:border-stone-500 dark:hover:bg-stone-700"
              >
                {t("up")}
              </button>
              <button
                type="button"
                id={`move-down-${id}`}
                onClick={() => move(index, 1)}
                disabled={disabled || index === order.length - 1}
                aria-label={t("moveDown", { item: text(id) })}
                className="min-h-11 min-w-11 rounded border border-stone-400 px-2 text-sm hover:bg-stone-100 disabled:opacity-40 dark:border-stone-500 dark:hover:bg-stone-700"
              >
                {t("down")}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}
