import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { ClientMessages } from "@/components/ui/client-messages";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { linkClass } from "@/components/ui/styles";
import { Projector } from "@/components/live/projector";
import { TeachersOnly } from "@/components/teacher/teachers-only";
import { db } from "@/lib/db";
import { liveSessionId } from "@/lib/live/schemas";
import { findLiveSession } from "@/lib/live/sessions";
import { messagesFor, readSnapshot, type LiveMessage } from "@/lib/live/view";
import { getUnitVersion } from "@/lib/content/store";
import { teacherForPage } from "@/lib/http/teacher-page-gate";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("live.projector");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

/** The address students open, in the projector's language, as this request reached the server (what the projector's viewers can reach too). */
async function joinUrl(code: string, locale: Locale): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${proto}://${host}${getPathname({ locale, href: routes.liveSession(code) })}`;
}

export default async function ProjectorPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const gate = await teacherForPage(routes.projector(raw));
  if (gate.kind === "forbidden") return <TeachersOnly />;
  const id = liveSessionId.safeParse(raw);
  if (!id.success) notFound();
  const session = await findLiveSession(db(), { id: id.data });
  if (!session || session.teacherId !== gate.teacher.id) notFound();

  const locale = await getLocale();
  const t = await getTranslations("live.projector");
  const url = await joinUrl(session.code, locale);
  // Rendered on the server: the projector shows the code even before its script has loaded.
  const qr = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const snapshot = await readSnapshot(db(), session, new Date(), false);
  const [main, second] = messagesFor(snapshot, { kind: "teacher" }, locale) as [LiveMessage, LiveMessage | undefined];
  const tally = main.type === "tally" ? main : second?.type === "tally" ? second : null;
  return (
    <div className="space-y-6">
      <p>
        <Link
          href={session.classroomId ? routes.teacherClass(session.classroomId) : routes.teacher()}
          className={linkClass}
        >
          {session.classroomId ? t("backToClass") : t("backToClasses")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {t("title", {
          title: (await getUnitVersion(db(), session.unitVersionId, locale))?.meta.title ?? session.unitId,
        })}
      </h1>
      {session.status !== "ended" && (
        <section
          aria-labelledby="join-title"
          className="flex flex-wrap items-center gap-6 rounded border border-stone-300 p-4 dark:border-stone-600"
        >
          <div className="space-y-2">
            <h2 id="join-title" className="text-xl font-semibold">
              {t("joinAt", { url: url.replace(/\/live\/[^/]*$/, "/live") })}
            </h2>
            <p className="font-mono text-6xl font-bold tracking-[0.3em]" data-testid="live-code">
              {session.code}
            </p>
          </div>
          <figure className="w-48 bg-white p-2">
            <div role="img" aria-label={t("qrLabel", { url })} dangerouslySetInnerHTML={{ __html: qr }} />
            <figcaption className="sr-only">{t("qrCaption", { url })}</figcaption>
          </figure>
        </section>
      )}
      <noscript>
        <p className="rounded border-2 border-red-700 px-3 py-2">{t("needsScript")}</p>
      </noscript>
      <ClientMessages namespaces={["live", "quiz"]}>
        <Projector sessionId={session.id} main={main} tally={tally} />
      </ClientMessages>
    </div>
  );
}
