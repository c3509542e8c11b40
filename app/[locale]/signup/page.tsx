import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass, cardClass, inputClass, labelClass, linkClass } from "@/components/ui/styles";
import { reasonMessage } from "@/lib/http/reasons";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

const querySchema = z.object({ error: z.string().max(40).optional().catch(undefined) });

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = querySchema.parse(await searchParams);
  const t = await getTranslations("auth.signUp");
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <section className={cardClass} aria-labelledby="account-title">
        <h2 id="account-title" className="sr-only">
          {t("details")}
        </h2>
        <FormError message={reasonMessage(query.error, await getLocale())} />
        <form method="post" action={routes.api.signUp()} className="space-y-4">
          <div>
            <label htmlFor="displayName" className={labelClass}>
              {t("displayName")}
            </label>
            <input
              id="displayName"
              name="displayName"
              required
              maxLength={40}
              autoComplete="name"
              className={inputClass}
            />
          </div>
          <div>
            <label htmlFor="email" className={labelClass}>
              {t("email")}
            </label>
            <input
              id="email"
              name="email"
              type="email"
              required
              maxLength={254}
              autoComplete="email"
              className={inputClass}
            />
          </div>
          <div>
            <label htmlFor="password" className={labelClass}>
              {t("password")}
            </label>
            <input
              id="password"
              name="password"
              type="password"
              required
              minLength={10}
              maxLength={200}
              autoComplete="new-password"
              aria-describedby="password-hint"
              className={inputClass}
            />
            <p id="password-hint" className="mt-1 text-sm text-stone-700 dark:text-stone-300">
              {t("passwordHint")}
            </p>
          </div>
          <button type="submit" className={buttonClass}>
            {t("submit")}
          </button>
        </form>
      </section>
      <p>
        {t("haveAccount")}{" "}
        <Link href={routes.signIn()} className={linkClass}>
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
