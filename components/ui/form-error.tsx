import { useTranslations } from "next-intl";

/** A form's error, announced when the page loads with it; marked with a word, not only red. */
export function FormError({ message, id }: { message: string | null; id?: string }) {
  const t = useTranslations("common");
  if (!message) return null;
  return (
    <p
      id={id}
      role="alert"
      className="mb-4 rounded border-2 border-red-700 bg-red-50 px-3 py-2 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
    >
      <strong>{t("problem")} </strong>
      {message}
    </p>
  );
}
