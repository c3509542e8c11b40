import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ClientMessages } from "@/components/ui/client-messages";
import { FormError } from "@/components/ui/form-error";
import { buttonClass, cardClass, inputClass, labelClass } from "@/components/ui/styles";
import { LiveStudent } from "@/components/live/live-student";
import { currentUser } from "@/lib/http/session";
import { getUnitVersion } from "@/lib/content/store";
import { db } from "@/lib/db";
import { liveCode } from "@/lib/live/schemas";
import { reasonMessage } from "@/lib/http/reasons";
import { findLiveSession, findParticipant } from "@/lib/live/sessions";
import { messagesFor, readSnapshot, type LiveMessage } from "@/lib/live/view";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("live.session");
  return { title: t("metaTitle") };
}

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const searchSchema = z.object({ error: z.string().max(40).optional().catch(undefined) });

/** A student's device: join with a name, then follow the projector (or, without JavaScript, reload). */
export default async function LiveSessionPage({ params, searchParams }: Props) {
  const code = liveCode.safeParse((await params).code);
  if (!code.success) notFound();
  const session = await findLiveSession(db(), { code: code.data });
  if (!session) notFound();
  const locale = await getLocale();
  const t = await getTranslations("live.session");
  const error = reasonMessage(searchSchema.parse(await searchParams).error, locale);
  const user = await currentUser();
  const seat = await findParticipant(db(), session.id, user?.id);
  const title = (await getUnitVersion(db(), session.unitVersionId, locale))?.meta.title ?? session.unitId;

  if (!seat) {
    if (session.status === "ended") notFound();
    return (
      <div className="max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{t("title", { title })}</h1>
        <section className={cardClass} aria-labelledby="join-live-title">
          <h2 id="join-live-title" className="mb-3 text-lg font-semibold">
            {t.rich("joinWithCode", {
              code: session.code,
              c: (chunks) => <span className="font-mono tracking-widest">{chunks}</span>,
            })}
          </h2>
          <FormError message={error} />
          <form method="post" action={routes.api.liveJoin(session.code)} className="space-y-4">
            {user ? (
              <p>{user.displayName ? t("joinAsName", { name: user.displayName }) : t("joinAsAccount")}</p>
            ) : (
              <div>
                <label htmlFor="displayName" className={labelClass}>
                  {t("yourName")}
                </label>
                <input
                  id="displayName"
                  name="displayName"
                  required
                  maxLength={40}
                  autoComplete="nickname"
                  className={inputClass}
                />
              </div>
            )}
            <button type="submit" className={buttonClass}>
              {t("join")}
            </button>
          </form>
        </section>
      </div>
    );
  }

  const snapshot = await readSnapshot(db(), session, new Date(), true);
  const [main, second] = messagesFor(snapshot, { kind: "participant", userId: seat.userId }, locale) as [
    LiveMessage,
    LiveMessage | undefined,
  ];
  const tally = main.type === "tally" ? main : second?.type === "tally" ? second : null;
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title", { title })}</h1>
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("joinedAs", { name: seat.displayName })}</p>
      <ClientMessages namespaces={["live", "quiz"]}>
        <LiveStudent sessionId={session.id} code={session.code} main={main} tally={tally} error={error} />
      </ClientMessages>
    </div>
  );
}
