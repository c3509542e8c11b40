import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { z } from "zod";
import { linkClass } from "@/components/ui/styles";
import { answerWords } from "@/components/teacher/answer-words";
import { ItemAnalysisView } from "@/components/teacher/item-analysis-view";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { getUnit, getUnits } from "@/lib/content/store";
import { slug } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { formatCalendarDay } from "@/lib/i18n/dates";
import { fetchItemAnalysis } from "@/lib/reports/item-analysis";
import { teacherClassForPage } from "@/lib/http/teacher-page-gate";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teacher.questions");
  return { title: t("title") };
}

const querySchema = z.object({ unit: slug.optional().catch(undefined) });

export default async function QuestionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const gate = await teacherClassForPage(id, routes.classQuestions(id));
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const { classroom } = gate;
  const query = querySchema.parse(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("teacher.questions"), getLocale()]);
  const units = await getUnits(db(), locale);
  const unit = query.unit ? await getUnit(db(), query.unit, locale) : units[0];
  if (!unit) notFound();
  const analysis = await fetchItemAnalysis(db(), classroom.id, unit, await answerWords());
  return (
    <div className="space-y-4">
      <p>
        <Link href={routes.teacherClass(classroom.id)} className={linkClass}>
          {t("back", { name: classroom.name })}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("heading", { unit: unit.meta.title })}</h1>
      {units.length > 1 && (
        <nav aria-label={t("units")}>
          <ul className="flex flex-wrap gap-2">
            {units.map((u) => (
              <li key={u.meta.slug}>
                <Link
                  href={routes.classQuestions(classroom.id, u.meta.slug)}
                  aria-current={u.meta.slug === unit.meta.slug ? "page" : undefined}
                  className={linkClass}
                >
                  {u.meta.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ItemAnalysisView analysis={analysis} formatDate={(date) => formatCalendarDay(date, locale)} />
    </div>
  );
}
