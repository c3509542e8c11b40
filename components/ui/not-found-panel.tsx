import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** What a not-found.tsx shows: what is missing, why it may be, and the way back to the units. */
export async function NotFoundPanel({ title, message }: { title: string; message: string }) {
  const t = await getTranslations("common.notFound");
  return (
    <>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2">{message}</p>
      <p className="mt-4">
        <Link href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          {t("back")}
        </Link>
      </p>
    </>
  );
}
