// Shared class names of the account and class forms: 44 px targets, visible borders in both schemes.
export const inputClass =
  "mt-1 block min-h-11 w-full rounded border border-stone-500 bg-white px-3 py-2 text-base text-stone-900 dark:border-stone-400 dark:bg-stone-800 dark:text-stone-100";
export const labelClass = "block font-medium";
export const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 dark:bg-blue-500 dark:text-stone-950 dark:hover:bg-blue-400";
export const secondaryButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded border border-stone-500 bg-white px-4 font-medium text-stone-900 hover:bg-stone-100 dark:border-stone-400 dark:bg-stone-800 dark:text-stone-100 dark:hover:bg-stone-700";
export const linkClass = "inline-flex min-h-11 items-center text-blue-800 underline underline-offset-2 dark:text-blue-300";
export const cardClass = "rounded border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-950";
