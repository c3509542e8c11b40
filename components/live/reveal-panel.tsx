import { useTranslations } from "next-intl";
import { EventLinks, Lines } from "@/components/quiz/answer-feedback";
import { AnswerDistribution } from "@/components/live/answer-distribution";
import type { LiveMessage } from "@/lib/live/view";

type Reveal = Extract<LiveMessage, { type: "reveal" }>;

/** After the reveal, on the projector and on every device: distribution, key, explanation, evidence. */
export function RevealPanel({ reveal, large }: { reveal: Reveal; large?: boolean }) {
  const t = useTranslations("live.reveal");
  const ordered = reveal.question.type === "order";
  return (
    <div className="space-y-4">
      <section aria-labelledby="distribution-title" className="space-y-2">
        <h3 id="distribution-title" className="text-lg font-semibold">
          {t("howAnswered", { answered: reveal.answered, devices: reveal.devices })}
        </h3>
        <AnswerDistribution counts={reveal.counts} answered={reveal.answered} large={large} />
      </section>
      <div>
        <p className="font-semibold">{t("rightAnswer")}</p>
        <Lines lines={reveal.correctAnswer.lines} ordered={ordered} />
      </div>
      <p>{reveal.explanation}</p>
      {reveal.events.length > 0 && (
        <section aria-labelledby="events-title" className="rounded border border-stone-300 p-3 dark:border-stone-600">
          <h3 id="events-title" className="font-semibold">
            {t("events")}
          </h3>
          <EventLinks events={reveal.events} />
        </section>
      )}
      {reveal.sources.length > 0 && (
        <section aria-labelledby="sources-title">
          <h3 id="sources-title" className="font-semibold">
            {t("sources", { count: reveal.sources.length })}
          </h3>
          <ul className="ml-6 list-disc">
            {reveal.sources.map((s) => (
              <li key={s.id}>
                {s.url ? (
                  <a href={s.url} className="text-blue-800 underline dark:text-blue-300" rel="noreferrer">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}{" "}
                — {s.publisher}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
