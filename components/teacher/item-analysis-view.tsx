import { discriminationLabel } from "@/lib/reports/item-stats";
import type { ItemAnalysis } from "@/lib/reports/item-analysis";

const percent = (share: number | null) => (share === null ? "no answers yet" : `${Math.round(share * 100)}% correct`);

export function ItemAnalysisView({ analysis }: { analysis: ItemAnalysis }) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="revisit-title">
        <h2 id="revisit-title" className="mb-2 text-xl font-semibold">
          Events to go over again
        </h2>
        {analysis.revisit.length === 0 ? (
          <p>
            {analysis.attempts === 0
              ? "Nobody in the class has finished a quiz on this unit yet."
              : "No question was answered correctly by fewer than 60% of the class."}
          </p>
        ) : (
          <ol className="list-decimal space-y-1 pl-6">
            {analysis.revisit.map((e) => (
              <li key={e.id}>
                <span className="font-medium">{e.title}</span> ({e.date}) — tested by {e.weakQuestions} question
                {e.weakQuestions === 1 ? "" : "s"} that most of the class missed
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="items-title">
        <h2 id="items-title" className="mb-2 text-xl font-semibold">
          Question by question
        </h2>
        <p className="mb-3 text-sm">
          Based on {analysis.attempts} finished attempt{analysis.attempts === 1 ? "" : "s"}. Discrimination compares the
          top and bottom 27% of attempts by score ({analysis.groupSize} attempt{analysis.groupSize === 1 ? "" : "s"} each):
          the share of the top group that got a question right minus the share of the bottom group.
        </p>
        <ol className="space-y-4">
          {analysis.items.map((item) => (
            <li key={item.questionId} id={`q-${item.questionId.slice(item.questionId.indexOf("/") + 1)}`} className="scroll-mt-4 rounded border border-stone-300 p-3 dark:border-stone-700">
              <h3 className="font-semibold">{item.prompt}</h3>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt>Answered</dt>
                <dd>
                  {item.answered} time{item.answered === 1 ? "" : "s"}, {percent(item.shareCorrect)}
                </dd>
                <dt>Discrimination</dt>
                <dd>
                  {item.discrimination === null ? "—" : item.discrimination.toFixed(2)} ({discriminationLabel(item.discrimination)})
                </dd>
                <dt>Tests</dt>
                <dd>{item.events.map((e) => e.title).join("; ")}</dd>
              </dl>
              {item.wrongAnswers.length > 0 && (
                <>
                  <h4 className="mt-2 text-sm font-semibold">Most chosen wrong answers</h4>
                  <ul className="list-disc space-y-1 pl-6 text-sm">
                    {item.wrongAnswers.map((w) => (
                      <li key={w.choice}>
                        “{w.text}” — {w.count} time{w.count === 1 ? "" : "s"}
                        {w.misconceptions.map((m) => (
                          <span key={m} className="block text-stone-700 dark:text-stone-300">
                            Suggests: {m}
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
