import { useFormatter, useTranslations } from "next-intl";
import { discriminationBand } from "@/lib/reports/item-stats";
import type { ItemAnalysis } from "@/lib/reports/item-analysis";

export function ItemAnalysisView({
  analysis,
  formatDate,
}: {
  analysis: ItemAnalysis;
  formatDate: (date: string) => string;
}) {
  const t = useTranslations("reports.items");
  const format = useFormatter();
  return (
    <div className="space-y-6">
      <section aria-labelledby="revisit-title">
        <h2 id="revisit-title" className="mb-2 text-xl font-semibold">
          {t("revisitTitle")}
        </h2>
        {analysis.revisit.length === 0 ? (
          <p>{analysis.attempts === 0 ? t("nobodyFinished") : t("nothingWeak")}</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-6">
            {analysis.revisit.map((e) => (
              <li key={e.id}>
                <span className="font-medium">{e.title}</span> ({formatDate(e.date)}) —{" "}
                {t("weakQuestions", { count: e.weakQuestions })}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="items-title">
        <h2 id="items-title" className="mb-2 text-xl font-semibold">
          {t("itemsTitle")}
        </h2>
        <p className="mb-3 text-sm">{t("basedOn", { attempts: analysis.attempts, groupSize: analysis.groupSize })}</p>
        <ol className="space-y-4">
          {analysis.items.map((item) => (
            <li
              key={item.questionId}
              id={`q-${item.questionId.slice(item.questionId.indexOf("/") + 1)}`}
              className="scroll-mt-4 rounded border border-stone-300 p-3 dark:border-stone-700"
            >
              <h3 className="font-semibold">{item.prompt}</h3>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt>{t("answered")}</dt>
                <dd>
                  {item.shareCorrect === null
                    ? t("timesNoAnswers", { count: item.answered })
                    : t("times", { count: item.answered, share: item.shareCorrect })}
                </dd>
                <dt>{t("discrimination")}</dt>
                <dd>
                  {item.discrimination === null
                    ? "—"
                    : format.number(item.discrimination, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}{" "}
                  ({t("band." + discriminationBand(item.discrimination))})
                </dd>
                <dt>{t("tests")}</dt>
                <dd>{item.events.map((e) => e.title).join("; ")}</dd>
              </dl>
              {item.wrongAnswers.length > 0 && (
                <>
                  <h4 className="mt-2 text-sm font-semibold">{t("wrongTitle")}</h4>
                  <ul className="list-disc space-y-1 pl-6 text-sm">
                    {item.wrongAnswers.map((w) => (
                      <li key={w.choice}>
                        {t("wrongAnswer", { text: w.text, count: w.count })}
                        {w.misconceptions.map((m) => (
                          <span key={m} className="block text-stone-700 dark:text-stone-300">
                            {t("suggests", { note: m })}
                          </span>
                        ))}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
