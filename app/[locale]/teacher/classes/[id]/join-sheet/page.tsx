import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { linkClass } from "@/components/ui/styles";
import { PrintButton } from "@/components/ui/print-button";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { teacherClassForPage } from "@/lib/http/teacher-page-gate";
import { formatJoinCode } from "@/lib/classrooms/join-codes";
import { routes } from "@/lib/routes";
import QRCode from "qrcode";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teacher.joinSheet");
  return { title: t("title") };
}

const hostSchema = /^[A-Za-z0-9.-]+(:\d{1,5})?$/;

export default async function JoinSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const gate = await teacherClassForPage(id, routes.joinSheet(id));
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const { classroom } = gate;
  if (classroom.archivedAt) notFound();
  const [h, t, locale] = await Promise.all([headers(), getTranslations("teacher.joinSheet"), getLocale()]);
  const joinPath = getPathname({ locale, href: routes.join() });
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  const joinUrl = hostSchema.test(host) ? `${proto}://${host}${joinPath}` : joinPath;
  // The QR code opens the join page with the code filled in. It is drawn here, on the server, as
  // SVG from our own URL, so it prints sharp and needs no script.
  const qrTarget = `${joinUrl}?code=${formatJoinCode(classroom.joinCode)}`;
  const qrSvg = hostSchema.test(host)
    ? await QRCode.toString(qrTarget, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
    : null;
  const onLocalhost = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
  return (
    <div className="mx-auto max-w-2xl space-y-6 text-center">
      <p className="no-print text-left">
        <Link href={routes.teacherClass(classroom.id)} className={linkClass}>
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("heading", { name: classroom.name })}</h1>
      <ol className="mx-auto max-w-md list-decimal space-y-4 pl-6 text-left text-lg">
        <li>
          {t.rich("open", {
            url: joinUrl,
            address: (chunks) => <span className="font-mono font-bold break-all">{chunks}</span>,
          })}
        </li>
        <li>
          {t("typeCode")}
          <span className="mt-2 block font-mono text-5xl font-bold tracking-[0.3em]">
            {formatJoinCode(classroom.joinCode)}
          </span>
        </li>
        <li>{t("chooseName")}</li>
        <li>{t("writeDownCode")}</li>
      </ol>
      {qrSvg && (
        <figure className="mx-auto w-56">
          <div
            role="img"
            aria-label={t("qrLabel", { url: qrTarget })}
            className="bg-white p-2"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <figcaption className="mt-2 text-sm">{t("qrCaption")}</figcaption>
        </figure>
      )}
      {onLocalhost && (
        <p className="no-print rounded border-2 border-amber-700 p-3 text-left dark:border-amber-400">
          {t.rich("localhost", {
            host,
            strong: (chunks) => <strong>{chunks}</strong>,
            code: (chunks) => <code>{chunks}</code>,
          })}
        </p>
      )}
      <PrintButton label={t("print")} />
    </div>
  );
}
