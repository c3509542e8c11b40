import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { linkClass } from "@/components/ui/styles";
import { PrintButton } from "@/components/ui/print-button";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { teacherClassForPage } from "@/lib/http/teacher-page-gate";

export const metadata: Metadata = { title: "Join sheet" };

const hostSchema = /^[A-Za-z0-9.-]+(:\d{1,5})?$/;

export default async function JoinSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const gate = await teacherClassForPage(id, `/teacher/classes/${id}/join-sheet`);
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const { classroom } = gate;
  if (classroom.archivedAt) notFound();
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  const joinUrl = hostSchema.test(host) ? `${proto}://${host}/join` : "/join";
  return (
    <div className="mx-auto max-w-2xl space-y-6 text-center">
      <p className="no-print text-left">
        <Link href={`/teacher/classes/${classroom.id}`} className={linkClass}>
          ← Back to the class
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Join “{classroom.name}” on Eventline</h1>
      <ol className="mx-auto max-w-md list-decimal space-y-4 pl-6 text-left text-lg">
        <li>
          Open <span className="break-all font-mono font-bold">{joinUrl}</span>
        </li>
        <li>
          Type the class code
          <span className="mt-2 block font-mono text-5xl font-bold tracking-[0.3em]">{classroom.joinCode}</span>
        </li>
        <li>Choose the name your teacher will see. No email address is needed.</li>
        <li>Write down the personal sign-in code you are shown: you need it to continue on another device.</li>
      </ol>
      <PrintButton label="Print the join sheet" />
    </div>
  );
}
