import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Link } from "@/lib/i18n/navigation";
import { FormError } from "@/components/ui/form-error";
import { cardClass, linkClass } from "@/components/ui/styles";
import { StartLiveForm } from "@/components/live/start-live-form";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { listClasses } from "@/lib/classrooms/classrooms";
import { getUnits } from "@/lib/content/store";
import { db } from "@/lib/db";
import { reasonMessage } from "@/lib/http/reasons";
import { teacherForPage } from "@/lib/http/teacher-page-gate";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("live.start");
  return { title: t("metaTitle") };
}

const querySchema = z.object({ error: z.string().max(40).optional().catch(undefined) });

export default async function StartLivePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const gate = await teacherForPage(routes.teacherLive());
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const query = querySchema.parse(await searchParams);
  const classes = (await listClasses(db(), gate.teacher.id)).filter((c) => !c.archivedAt);
  const units = await getUnits(db(), await getLocale());
  const t = await getTranslations("live.start");
  return (
    <div className="space-y-6">
      <p>
        <Link href={routes.teacher()} className={linkClass}>
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro", { path: routes.live() })}</p>
      <section className={cardClass} aria-label={t("formLabel")}>
        <FormError message={reasonMessage(query.error, await getLocale())} />
        <StartLiveForm classes={classes} units={units.map((u) => ({ slug: u.meta.slug, title: u.meta.title }))} />
      </section>
    </div>
  );
}
