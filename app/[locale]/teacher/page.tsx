import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { Link } from "@/lib/i18n/navigation";
import { cardClass, linkClass } from "@/components/ui/styles";
import { SignOutForm } from "@/components/auth/sign-out-form";
import { ClassCard } from "@/components/teacher/class-card";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { reasonMessage } from "@/lib/http/reasons";
import { listClasses } from "@/lib/classrooms/classrooms";
import { db } from "@/lib/db";
import { teacherForPage } from "@/lib/http/teacher-page-gate";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CLASS_NAME_MAX } from "@/lib/classrooms/schemas";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teacher.home");
  return { title: t("title") };
}

// ?archive=<class id> asks to confirm archiving that class: a second step that needs no JavaScript.
const querySchema = z.object({
  error: z.string().max(40).optional().catch(undefined),
  archive: z.string().max(40).optional().catch(undefined),
});

export default async function TeacherHomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const gate = await teacherForPage(routes.teacher());
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const query = querySchema.parse(await searchParams);
  const [classes, t, locale] = await Promise.all([
    listClasses(db(), gate.teacher.id),
    getTranslations("teacher.home"),
    getLocale(),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <SignOutForm />
      </div>
      <p>{t("signedInAs", { name: gate.teacher.displayName ?? gate.teacher.email ?? "" })}</p>
      <p>
        <Link href={routes.teacherLive()} className={linkClass}>
          {t("startLive")}
        </Link>
      </p>
      <section aria-labelledby="new-class" className={`${cardClass} max-w-xl`}>
        <h2 id="new-class" className="mb-2 text-xl font-semibold">
          {t("createTitle")}
        </h2>
        <FormError message={reasonMessage(query.error, locale)} />
        <form method="post" action={routes.api.classes()} className="flex flex-wrap items-end gap-2">
          <div className="grow">
            <Field
              name="name"
              label={t("className")}
              required
              maxLength={CLASS_NAME_MAX}
              placeholder={t("classNamePlaceholder")}
            />
          </div>
          <Button>{t("create")}</Button>
        </form>
      </section>
      <section aria-labelledby="class-list">
        <h2 id="class-list" className="mb-2 text-xl font-semibold">
          {t("listTitle")}
        </h2>
        {classes.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {classes.map((c) => (
              <ClassCard key={c.id} classroom={c} confirmArchive={query.archive === c.id} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="account" className={`${cardClass} max-w-xl`}>
        <h2 id="account" className="mb-2 text-xl font-semibold">
          {t("accountTitle")}
        </h2>
        <p className="mb-3">{t("accountText")}</p>
        <form method="post" action={routes.api.signOutEverywhere()}>
          <Button variant="secondary">{t("signOutEverywhere")}</Button>
        </form>
      </section>
    </div>
  );
}
