import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { linkClass } from "@/components/ui/styles";
import { routes } from "@/lib/routes";

export default async function ClassNotFound() {
  const t = await getTranslations("teacher.notFound");
  return (
    <section aria-labelledby="class-missing" className="max-w-xl space-y-3">
      <h1 id="class-missing" className="text-2xl font-bold">
        {t("title")}
      </h1>
      <p>{t("message")}</p>
      <p>
        <Link href={routes.teacher()} className={linkClass}>
          {t("back")}
        </Link>
      </p>
    </section>
  );
}
