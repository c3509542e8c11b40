import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { cardClass, linkClass } from "@/components/ui/styles";
import { StartLiveForm } from "@/components/live/start-live-form";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { listClasses } from "@/lib/classrooms/classrooms";
import { db } from "@/lib/db";
import { pageLocale } from "@/lib/http/locale";
import { reasonMessage } from "@/lib/http/reasons";
import { teacherForPage } from "@/lib/http/teacher-page-gate";

export const metadata: Metadata = { title: "Start a live session" };

const querySchema = z.object({ error: z.string().max(40).optional().catch(undefined) });

export default async function StartLivePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const gate = await teacherForPage("/teacher/live");
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const query = querySchema.parse(await searchParams);
  const classes = (await listClasses(db(), gate.teacher.id)).filter((c) => !c.archivedAt);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/teacher" className={linkClass}>
          ← All classes
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Start a live session</h1>
      <p>
        You pace the questions on the projector; students answer on their own devices at /live with the code shown. Class
        members&apos; answers count towards the class&apos;s item analysis and their progress.
      </p>
      <section className={cardClass} aria-label="New live session">
        <FormError message={reasonMessage(query.error, await pageLocale())} />
        <StartLiveForm classes={classes} />
      </section>
    </div>
  );
}
