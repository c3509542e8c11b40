import type { Metadata } from "next";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import Link from "next/link";
import { cardClass, linkClass } from "@/components/ui/styles";
import { SignOutForm } from "@/components/auth/sign-out-form";
import { ClassCard } from "@/components/teacher/class-card";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { pageLocale } from "@/lib/http/locale";
import { reasonMessage } from "@/lib/http/reasons";
import { listClasses } from "@/lib/classrooms/classrooms";
import { db } from "@/lib/db";
import { teacherForPage } from "@/lib/http/teacher-page-gate";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CLASS_NAME_MAX } from "@/lib/classrooms/schemas";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Your classes" };

// ?archive=<class id> asks to confirm archiving that class: a second step that needs no JavaScript.
const querySchema = z.object({
  error: z.string().max(40).optional().catch(undefined),
  archive: z.string().max(40).optional().catch(undefined),
});

export default async function TeacherHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const gate = await teacherForPage("/teacher");
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const query = querySchema.parse(await searchParams);
  const classes = await listClasses(db(), gate.teacher.id);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Your classes</h1>
        <SignOutForm />
      </div>
      <p>Signed in as {gate.teacher.displayName ?? gate.teacher.email}.</p>
      <p>
        <Link href="/teacher/live" className={linkClass}>
          Start a live session on the projector
        </Link>
      </p>
      <section aria-labelledby="new-class" className={`${cardClass} max-w-xl`}>
        <h2 id="new-class" className="mb-2 text-xl font-semibold">
          Create a class
        </h2>
        <FormError message={reasonMessage(query.error, await pageLocale())} />
        <form method="post" action={routes.api.classes()} className="flex flex-wrap items-end gap-2">
          <div className="grow">
            <Field name="name" label="Class name" required maxLength={CLASS_NAME_MAX} placeholder="e.g. Civics 10B" />
          </div>
          <Button>Create class</Button>
        </form>
      </section>
      <section aria-labelledby="class-list">
        <h2 id="class-list" className="mb-2 text-xl font-semibold">
          Classes
        </h2>
        {classes.length === 0 ? (
          <p>You have no classes yet. Create one above, then give your students its join code.</p>
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
          Your account
        </h2>
        <p className="mb-3">
          Signed in on a computer you no longer use, such as one in a computer room? This ends your sign-in on every
          device, this one included. A sign-in also ends by itself after 12 hours unused.
        </p>
        <form method="post" action={routes.api.signOutEverywhere()}>
          <Button variant="secondary">Sign out on every device</Button>
        </form>
      </section>
    </div>
  );
}
