import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { QuizLauncher, type QuizChoice } from "@/components/quiz/quiz-launcher";
import { currentUser } from "@/lib/http/session";
import { getUnit } from "@/lib/content/load";
import { slug } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { unfinishedAttempts } from "@/lib/quiz/attempts";
import { pageLocale } from "@/lib/http/locale";
import { reasonMessage } from "@/lib/http/reasons";
import { WHOLE_UNIT_QUESTIONS } from "@/lib/quiz/plan";
import { modeLabels, quizModes } from "@/lib/quiz/types";
import { dueCount } from "@/lib/review/cards";

type Props = { params: Promise<{ unit: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const paramsSchema = z.object({ unit: slug });
// ?start=review is how "Review now" on the progress page opens the review straight away.
// ?error= is set by the start form when it is posted without JavaScript.
const searchSchema = z.object({
  start: z.enum(quizModes).optional().catch(undefined),
  error: z.string().max(40).optional().catch(undefined),
});

function unitFrom(params: unknown) {
  const parsed = paramsSchema.safeParse(params);
  return parsed.success ? getUnit(parsed.data.unit) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unit = unitFrom(await params);
  return { title: unit ? `Quiz: ${unit.meta.title}` : "Unit not found" };
}

export default async function QuizPage({ params, searchParams }: Props) {
  const unit = unitFrom(await params);
  if (!unit) notFound();
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
      label: modeLabels.faq,
      description: `The ${faqCount} core questions the article answers.`,
      resume: unfinished.get("faq"),
    });
  }
  choices.push({
    mode: "unit",
    label: modeLabels.unit,
    description: `Up to ${WHOLE_UNIT_QUESTIONS} questions drawn from the whole unit, in a new order each time.`,
    resume: unfinished.get("unit"),
  });
  if (due > 0 || unfinished.has("review")) {
    choices.push({
      mode: "review",
      label: modeLabels.review,
      description: `${due} ${due === 1 ? "question" : "questions"} you missed before, due for review now.`,
      resume: unfinished.get("review"),
    });
  }

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/units/${unitId}`} className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300">
          ← Back to the timeline: {unit.meta.title}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold">Check yourself: {unit.meta.title}</h1>
      <p>
        Answer one question at a time. After each answer you see whether it was right, the correct answer, why, and the events
        and sources that settle it. Your answers are saved as you go, so you can come back later and resume.
      </p>
      <FormError message={reasonMessage(error, await pageLocale())} />
      <QuizLauncher unit={unitId} choices={choices} autoStart={start} />
    </div>
  );
}
