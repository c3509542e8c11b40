// The app's style tokens, written once: 44 px targets, visible borders and AA contrast in both
// colour schemes. Components use these through the kit (Button, LinkButton, Field) where they can.

export const inputClass =
  "mt-1 block min-h-11 w-full rounded border border-stone-500 bg-white px-3 py-2 text-base text-stone-900 dark:border-stone-400 dark:bg-stone-800 dark:text-stone-100";
export const labelClass = "block font-medium";
export const hintClass = "mt-1 text-sm text-stone-700 dark:text-stone-300";
export const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-blue-300 dark:text-stone-950 dark:hover:bg-blue-200";
export const secondaryButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded border border-stone-500 bg-white px-4 font-medium text-stone-900 hover:bg-stone-100 disabled:opacity-60 dark:border-stone-400 dark:bg-stone-800 dark:text-stone-100 dark:hover:bg-stone-700";
export const dangerButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded border-2 border-red-700 bg-white px-4 font-semibold text-red-800 hover:bg-red-50 dark:border-red-400 dark:bg-stone-900 dark:text-red-200 dark:hover:bg-red-950";
export const linkClass =
  "inline-flex min-h-11 items-center text-blue-800 underline underline-offset-2 dark:text-blue-300";
export const cardClass = "rounded border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-950";
