import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { linkClass } from "@/components/ui/styles";
import { ItemAnalysisView } from "@/components/teacher/item-analysis-view";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { getUnit, getUnits } from "@/lib/content/load";
import { slug } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { fetchItemAnalysis } from "@/lib/reports/item-analysis";
import { teacherClassForPage } from "@/lib/http/teacher-page-gate";

export const metadata: Metadata = { title: "Item analysis" };

const querySchema = z.object({ unit: slug.optional().catch(undefined) });

export default async function QuestionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const gate = await teacherClassForPage(id, `/teacher/classes/${id}/questions`);
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const { classroom } = gate;
  const query = querySchema.parse(await searchParams);
  const units = getUnits();
  const unit = query.unit ? getUnit(query.unit) : units[0];
  if (!unit) notFound();
  const analysis = await fetchItemAnalysis(db(), classroom.id, unit);
  return (
    <div className="space-y-4">
      <p>
        <Link href={`/teacher/classes/${classroom.id}`} className={linkClass}>
          ← Back to {classroom.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Item analysis: {unit.meta.title}</h1>
      {units.length > 1 && (
        <nav aria-label="Units">
          <ul className="flex flex-wrap gap-2">
            {units.map((u) => (
              <li key={u.meta.slug}>
                <Link
                  href={`/teacher/classes/${classroom.id}/questions?unit=${u.meta.slug}`}
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
      <ItemAnalysisView analysis={analysis} />
    </div>
  );
}
