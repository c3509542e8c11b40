import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Link } from "@/lib/i18n/navigation";
import { cardClass, linkClass } from "@/components/ui/styles";
import { DISPLAY_NAME_MAX } from "@/lib/accounts/names";
import { JOIN_CODE_LENGTH } from "@/lib/classrooms/join-codes";
import { JOIN_CODE_INPUT_MAX } from "@/lib/classrooms/schemas";
import { routes } from "@/lib/routes";
import { reasonMessage } from "@/lib/http/reasons";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("join");
  return { title: t("title") };
}

const querySchema = z.object({
  error: z.string().max(40).optional().catch(undefined),
  code: z
    .string()
    .max(JOIN_CODE_INPUT_MAX)
    .regex(/^[A-Za-z0-9 -]*$/)
    .optional()
    .catch(undefined),
  name: z.string().max(DISPLAY_NAME_MAX).optional().catch(undefined),
});

export default async function JoinPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = querySchema.parse(await searchParams);
  const t = await getTranslations("join");
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <section className={cardClass} aria-labelledby="join-form-title">
        <h2 id="join-form-title" className="sr-only">
          {t("formTitle")}
        </h2>
        <FormError message={reasonMessage(query.error, await getLocale())} />
        <form method="post" action={routes.api.joinClass()} className="space-y-4">
          <Field
            name="code"
            label={t("code")}
            required
            maxLength={JOIN_CODE_INPUT_MAX}
            defaultValue={query.code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className="font-mono tracking-widest"
            hint={t("codeHint", { length: JOIN_CODE_LENGTH })}
          />
          <Field
            name="displayName"
            label={t("name")}
            required
            maxLength={DISPLAY_NAME_MAX}
            defaultValue={query.name}
            autoComplete="nickname"
            hint={t("nameHint", { max: DISPLAY_NAME_MAX })}
          />
          <Button>{t("submit")}</Button>
        </form>
      </section>
      <p>
        {t("otherDevice")}{" "}
        <Link href={routes.studentSignIn()} className={linkClass}>
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
