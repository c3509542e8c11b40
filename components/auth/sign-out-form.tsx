import { useTranslations } from "next-intl";
import { secondaryButtonClass } from "@/components/ui/styles";
import { routes } from "@/lib/routes";

export function SignOutForm() {
  const t = useTranslations("common.nav");
  return (
    <form method="post" action={routes.api.signOut()} className="no-print">
      <button type="submit" className={secondaryButtonClass}>
        {t("signOut")}
      </button>
    </form>
  );
}
