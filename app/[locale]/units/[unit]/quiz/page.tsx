import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { Link } from "@/lib/i18n/navigation";
import { QuizLauncher, type QuizChoice } from "@/components/quiz/quiz-launcher";
import { currentUser } from "@/lib/http/session";
import { getUnit } from "@/lib/content/store";
import { localizeUnit } from "@/lib/content/localize";
import { slug } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { unfinishedAttempts } from "@/lib/quiz/attempts";
import { reasonMessage } from "@/lib/http/reasons";
import { WHOLE_UNIT_QUESTIONS } from "@/lib/quiz/plan";
import { quizModes } from "@/lib/quiz/types";
import { dueCount } from "@/lib/review/cards";
import { routes } from "@/lib/routes";

type Props = {
  params: Promise<{ unit: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const paramsSchema = z.object({ unit: slug });
// ?start=review is how "Review now" on the progress page opens the review straight away.
// ?error= is set by the start form when it is posted without JavaScript.
const searchSchema = z.object({
  start: z.enum(quizModes).optional().catch(undefined),
  error: z.string().max(40).optional().catch(undefined),
});

async function unitFrom(params: unknown) {
  const parsed = paramsSchema.safeParse(params);
  const unit = parsed.success ? await getUnit(db(), parsed.data.unit) : undefined;
  return unit && localizeUnit(unit, await getLocale());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [unit, t] = await Promise.all([unitFrom(await params), getTranslations("quiz")]);
  return { title: unit ? t("metaTitle", { unit: unit.meta.title }) : t("unitNotFound") };
}

export default async function QuizPage({ params, searchParams }: Props) {
  const unit = await unitFrom(await params);
  if (!unit) notFound();
  const t = await getTranslations("quiz");
  const { start, error } = searchSchema.parse(await searchParams);
  const unitId = unit.meta.slug;

  const user = await currentUser();
  const [unfinished, due] = user
    ? await Promise.all([unfinishedAttempts(db(), user.id, unitId), dueCount(db(), user.id, unitId, new Date())])
    : [new Map(), 0];

  const faqCount = unit.questions.filter((q) => q.fromFaq).length;
  const choices: QuizChoice[] = [];
  if (faqCount > 0) {
    choices.push({
      mode: "faq",
      label: t("modes.faq"),
      description: t("describe.faq", { count: faqCount }),
      resume: unfinished.get("faq"),
    });
  }
  choices.push({
    mode: "unit",
    label: t("modes.unit"),
    description: t("describe.unit", { count: WHOLE_UNIT_QUESTIONS }),
    resume: unfinished.get("unit"),
  });
  if (due > 0 || unfinished.has("review")) {
    choices.push({
      mode: "review",
      label: t("modes.review"),
      description: t("describe.review", { count: due }),
      resume: unfinished.get("review"),
    });
  }

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link
          href={routes.unit(unitId)}
          className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300"
        >
          {t("backToTimeline", { unit: unit.meta.title })}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold">{t("heading", { unit: unit.meta.title })}</h1>
      <p>{t("intro")}</p>
      <FormError message={reasonMessage(error, await getLocale())} />
      <QuizLauncher unit={unitId} choices={choices} autoStart={start} />
    </div>
  );
}
