"use client";

import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { buttonClass, secondaryButtonClass } from "@/components/ui/styles";
import { AnswerDistribution } from "@/components/live/answer-distribution";
import { RevealPanel } from "@/components/live/reveal-panel";
import { liveStreamUrl } from "@/lib/live/paths";
import type { LiveMessage } from "@/lib/live/view";
import { routes } from "@/lib/routes";

type Tally = Extract<LiveMessage, { type: "tally" }>;
type Props = { sessionId: string; main: LiveMessage; tally: Tally | null };

/** The projector: one question at a time, the live tally, and the teacher's controls. */
export function Projector({ sessionId, ...initial }: Props) {
  const [main, setMain] = useState<LiveMessage>(initial.main);
  const [tally, setTally] = useState<Tally | null>(initial.tally);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [connected, setConnected] = useState(false);
  const t = useTranslations("live.projector");
  const tStudent = useTranslations("live.student");
  const locale = useLocale();

  useEffect(() => {
    const source = new EventSource(liveStreamUrl(sessionId, locale));
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.onmessage = (event: MessageEvent<string>) => {
      const message = JSON.parse(event.data) as LiveMessage;
      if (message.type === "tally") {
        setTally(message);
        if (message.questionId === null) setMain(message);
      } else setMain(message);
      if (message.type === "ended") source.close();
    };
    return () => source.close();
  }, [sessionId, locale]);

  async function step(name: "next" | "reveal" | "end") {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(routes.api.liveStep(sessionId, name), { method: "POST" });
      if (!res.ok)
        setError(((await res.json().catch(() => null)) as { error?: string } | null)?.error ?? t("stepFailed"));
    } catch {
      setError(t("unreachable"));
    } finally {
      setBusy(false);
    }
  }

  const devices = tally?.devices ?? (main.type === "reveal" ? main.devices : 0);
  // Past the last question there is nothing to show next: the teacher ends the session instead.
  const canGoOn =
    main.type === "tally" || ((main.type === "question" || main.type === "reveal") && main.index + 1 < main.total);
  return (
    <div className="space-y-6">
      <p className="text-2xl" aria-live="polite">
        {t.rich("devicesJoined", {
          count: devices,
          n: (chunks) => (
            <strong className="tabular-nums" data-testid="device-count">
              {chunks}
            </strong>
          ),
        })}
        {!connected && main.type !== "ended" && <span className="ml-3 text-base">{t("connecting")}</span>}
      </p>
      {error && (
        <p role="alert" className="rounded border-2 border-red-700 px-3 py-2 dark:border-red-400">
          <strong>{t("problem")} </strong>
          {error}
        </p>
      )}
      {main.type === "tally" && <p className="text-2xl">{t("waiting")}</p>}
      {(main.type === "question" || main.type === "reveal") && (
        <section aria-labelledby="projected-question" className="space-y-4">
          <p className="text-lg font-medium">{tStudent("progress", { number: main.index + 1, total: main.total })}</p>
          <h2 id="projected-question" className="text-3xl font-bold">
            {main.question.prompt}
          </h2>
          {main.type === "question" && (
            <>
              <p className="text-2xl" aria-live="polite">
                {t.rich("answered", {
                  answered: tally?.answered ?? 0,
                  devices,
                  n: (chunks) => (
                    <strong className="tabular-nums" data-testid="answered-count">
                      {chunks}
                    </strong>
                  ),
                })}
              </p>
              {tally?.counts && <AnswerDistribution counts={tally.counts} answered={tally.answered} large />}
            </>
          )}
          {main.type === "reveal" && <RevealPanel reveal={main} large />}
        </section>
      )}
      {main.type === "ended" && (
        <section aria-labelledby="summary-title" className="space-y-3">
          <h2 id="summary-title" className="text-3xl font-bold">
            {t("summaryTitle")}
          </h2>
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col">{t("question")}</th>
                <th scope="col">{t("answeredColumn")}</th>
                <th scope="col">{t("rightColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {main.summary.map((s) => (
                <tr key={s.questionId} className="border-t border-stone-300 dark:border-stone-600">
                  <td className="py-2">{s.prompt}</td>
                  <td className="tabular-nums">{s.answered}</td>
                  <td className="tabular-nums">
                    {t("rightShare", { correct: s.correct, share: s.answered > 0 ? s.correct / s.answered : 0 })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {main.type !== "ended" && (
        <div className="flex flex-wrap gap-3" role="group" aria-label={t("controls")}>
          {main.type === "question" && (
            <button type="button" className={buttonClass} disabled={busy} onClick={() => void step("reveal")}>
              {t("reveal")}
            </button>
          )}
          {canGoOn && (
            <button
              type="button"
              className={main.type === "question" ? secondaryButtonClass : buttonClass}
              disabled={busy}
              onClick={() => void step("next")}
            >
              {main.type === "tally" ? t("first") : t("next")}
            </button>
          )}
          <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => void step("end")}>
            {t("end")}
          </button>
        </div>
      )}
    </div>
  );
}
