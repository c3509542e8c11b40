import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { linkClass } from "@/components/ui/styles";
import { SignOutForm } from "@/components/auth/sign-out-form";
import { routes } from "@/lib/routes";

/** What a signed-in student sees under /teacher: not an error of theirs, and a way on. */
export function TeachersOnly() {
  const t = useTranslations("teacher.teachersOnly");
  return (
    <section aria-labelledby="forbidden-title" className="max-w-xl space-y-3">
      <h1 id="forbidden-title" className="text-2xl font-bold">
        {t("title")}
      </h1>
      <p>{t("message")}</p>
      <p>
        <Link href={routes.progress()} className={linkClass}>
          {t("progress")}
        </Link>
      </p>
      <p>{t("signOutHint")}</p>
      <SignOutForm />
    </section>
  );
}
