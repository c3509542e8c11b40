import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { linkClass } from "@/components/ui/styles";
import { PrintButton } from "@/components/ui/print-button";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { teacherClassForPage } from "@/lib/http/teacher-page-gate";
import { formatJoinCode } from "@/lib/classrooms/join-codes";
import QRCode from "qrcode";

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
  // The QR code opens the join page with the code filled in. It is drawn here, on the server, as
  // SVG from our own URL, so it prints sharp and needs no script.
  const qrTarget = `${joinUrl}?code=${formatJoinCode(classroom.joinCode)}`;
  const qrSvg = hostSchema.test(host) ? await QRCode.toString(qrTarget, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) : null;
  const onLocalhost = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
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
          <span className="mt-2 block font-mono text-5xl font-bold tracking-[0.3em]">{formatJoinCode(classroom.joinCode)}</span>
        </li>
        <li>Choose the name your teacher will see. No email address is needed.</li>
        <li>Write down the personal sign-in code you are shown: you need it to continue on another device.</li>
      </ol>
      {qrSvg && (
        <figure className="mx-auto w-56">
          <div role="img" aria-label={`QR code of ${qrTarget}`} className="bg-white p-2" dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <figcaption className="mt-2 text-sm">Or scan this code with a phone camera: it opens the join page with the class code filled in.</figcaption>
        </figure>
      )}
      {onLocalhost && (
        <p className="no-print rounded border-2 border-amber-700 p-3 text-left dark:border-amber-400">
          <strong>This page was opened on this computer&apos;s own address ({host}).</strong> Students&apos; devices cannot reach
          it: open this page again at the network address that <code>npm start</code> prints (for example
          http://192.168.1.20:3000), then print it.
        </p>
      )}
      <PrintButton label="Print the join sheet" />
    </div>
  );
}
