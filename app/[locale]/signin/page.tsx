import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass, cardClass, inputClass, labelClass, linkClass } from "@/components/ui/styles";
import { nextPath } from "@/lib/http/next-path";
import { reasonMessage } from "@/lib/http/reasons";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

const querySchema = z.object({
  next: nextPath,
  error: z.string().max(40).optional().catch(undefined),
  as: z.enum(["teacher", "student"]).catch("teacher"),
});

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = querySchema.parse(await searchParams);
  const error = reasonMessage(query.error, await getLocale());
  const t = await getTranslations("auth.signIn");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="teacher-signin" className={cardClass}>
          <h2 id="teacher-signin" className="mb-3 text-xl font-semibold">
            {t("teacher")}
          </h2>
          {query.as === "teacher" && <FormError message={error} />}
          <form method="post" action={routes.api.signIn()} className="space-y-4">
            <input type="hidden" name="next" value={query.next} />
            <div>
              <label htmlFor="email" className={labelClass}>
                {t("email")}
              </label>
              <input
                id="email"
                name="email"
                type="email"
                autoComplete="email"
                required
                maxLength={254}
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
                autoComplete="current-password"
                required
                maxLength={200}
                className={inputClass}
              />
            </div>
            <button type="submit" className={buttonClass}>
              {t("submitTeacher")}
            </button>
          </form>
          <p className="mt-3">
            {t("newHere")}{" "}
            <Link href={routes.signUp()} className={linkClass}>
              {t("createAccount")}
            </Link>
          </p>
        </section>
        <section aria-labelledby="student-signin" className={cardClass}>
          <h2 id="student-signin" className="mb-3 text-xl font-semibold">
            {t("student")}
          </h2>
          {query.as === "student" && <FormError message={error} />}
          <p className="mb-3">{t("studentIntro")}</p>
          <form method="post" action={routes.api.studentSignIn()} className="space-y-4">
            <div>
              <label htmlFor="code" className={labelClass}>
                {t("code")}
              </label>
              <input
                id="code"
                name="code"
                required
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={60}
                aria-describedby="code-hint"
                className={`${inputClass} font-mono tracking-widest`}
              />
              <p id="code-hint" className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                {t("codeHint")}
              </p>
            </div>
            <button type="submit" className={buttonClass}>
              {t("submitStudent")}
            </button>
          </form>
          <p className="mt-3">
            {t("noCode")}{" "}
            <Link href={routes.join()} className={linkClass}>
              {t("join")}
            </Link>
          </p>
        </section>
      </div>
    </div>
  );
}
