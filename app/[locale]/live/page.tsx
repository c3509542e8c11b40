import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { buttonClass, cardClass, inputClass, labelClass } from "@/components/ui/styles";
import { liveCode } from "@/lib/live/schemas";
import { reasonMessage } from "@/lib/http/reasons";
import { getPathname, redirect } from "@/lib/i18n/navigation";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("live.join");
  return { title: t("metaTitle") };
}

const querySchema = z.object({
  error: z.string().max(40).optional().catch(undefined),
  code: z.string().max(40).optional().catch(undefined),
});

/** Type the code from the projector; the form is a plain GET, so it works without JavaScript. */
export default async function LiveJoinPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = querySchema.parse(await searchParams);
  const code = query.code === undefined ? null : liveCode.safeParse(query.code);
  const locale = await getLocale();
  if (code?.success) redirect({ href: routes.liveSession(code.data), locale });
  const t = await getTranslations("live.join");
  const message = code && !code.success ? t("codeInvalid") : reasonMessage(query.error, locale);
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section className={cardClass} aria-labelledby="live-code-title">
        <h2 id="live-code-title" className="sr-only">
          {t("codeHeading")}
        </h2>
        <FormError message={message} />
        <form method="get" action={getPathname({ locale, href: "/live" })} className="space-y-4">
          <div>
            <label htmlFor="code" className={labelClass}>
              {t("codeLabel")}
            </label>
            <input
              id="code"
              name="code"
              required
              maxLength={40}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              aria-describedby="code-hint"
              className={`${inputClass} font-mono tracking-widest`}
            />
            <p id="code-hint" className="mt-1 text-sm text-stone-700 dark:text-stone-300">
              {t("codeHint")}
            </p>
          </div>
          <button type="submit" className={buttonClass}>
            {t("continue")}
          </button>
        </form>
      </section>
    </div>
  );
}
