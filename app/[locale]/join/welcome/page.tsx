import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { linkClass } from "@/components/ui/styles";
import { PrintButton } from "@/components/ui/print-button";
import { NEW_CODE_HEADER, readNewCode } from "@/lib/http/new-code-cookie";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("join.welcome");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function JoinWelcomePage() {
  // Handed on by the proxy, which has already deleted the cookie: this is the only showing.
  const joined = readNewCode((await headers()).get(NEW_CODE_HEADER));
  const t = await getTranslations("join.welcome");
  if (!joined) {
    return (
      <div className="max-w-xl space-y-3">
        <h1 className="text-2xl font-bold">{t("noCodeTitle")}</h1>
        <p>{t("noCode")}</p>
        <p>
          <Link href={routes.join()} className={linkClass}>
            {t("join")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title", { className: joined.className })}</h1>
      <section
        aria-labelledby="code-title"
        className="print-break-avoid rounded border-2 border-stone-800 p-4 dark:border-stone-200"
      >
        <h2 id="code-title" className="text-xl font-semibold">
          {t("codeTitle")}
        </h2>
        <p className="my-3 font-mono text-3xl font-bold tracking-widest break-all" aria-describedby="code-help">
          {joined.signInCode}
        </p>
        <p id="code-help">{t.rich("codeHelp", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      </section>
      <PrintButton label={t("print")} />
      <p>
        <Link href={routes.home()} className={linkClass}>
          {t("units")}
        </Link>
      </p>
    </div>
  );
}
