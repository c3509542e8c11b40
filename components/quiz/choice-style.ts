// Shared by the interactive question form and the server-rendered one, so both look the same.
export const choiceClass =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded border border-stone-300 bg-white px-3 py-2 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 dark:border-stone-600 dark:bg-stone-800 dark:has-[:checked]:border-blue-400 dark:has-[:checked]:bg-blue-950";
