import type { Ref } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { AnswerFeedback as Feedback, AnswerValue, EventLink, OptionMark, PositionMark } from "@/lib/quiz/types";

// Server-rendered on the attempt page, client-rendered in the quiz player and the live session:
// the client islands that use these wrap themselves in <ClientMessages namespaces={["quiz"]}>.

/** Links to the timeline events behind an answer. */
export function EventLinks({ events }: { events: EventLink[] }) {
  return (
    <ul className="ml-6 list-disc">
      {events.map((event) => (
        <li key={event.id}>
          <Link
            href={event.href}
            className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300"
          >
            {event.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}

type Partial = { right: number; of: number; wrongChosen: number } | null;

export function Verdict({
  correct,
  partial = null,
  score = 0,
}: {
  correct: boolean;
  partial?: Partial;
  score?: number;
}) {
  const t = useTranslations("quiz.feedback");
  if (!correct && partial && partial.right > 0) {
    // "2 of 3 right", and any wrong options chosen: multiple-select earns part of the point.
    const words =
      partial.wrongChosen > 0
        ? t("partlyWrong", { right: partial.right, of: partial.of, wrong: partial.wrongChosen })
        : t("partly", { right: partial.right, of: partial.of });
    return (
      <span className="text-amber-900 dark:text-amber-200">
        <span aria-hidden="true">◐ </span>
        {words}
        <span className="ml-2 text-base font-normal">{t("pointShare", { share: Math.round(score * 100) / 100 })}</span>
      </span>
    );
  }
  return correct ? (
    <span className="text-green-800 dark:text-green-300">
      <span aria-hidden="true">✓ </span>
      {t("correct")}
    </span>
  ) : (
    <span className="text-red-800 dark:text-red-300">
      <span aria-hidden="true">✗ </span>
      {t("notQuite")}
    </span>
  );
}

/**
 * lib/quiz words a true/false answer "True"/"False" (the teacher's CSV keeps them); the learner
 * reads them in the page's language. `value` is the answer the lines stand for.
 */
export function useAnswerLines(): (lines: string[], value: AnswerValue | undefined) => string[] {
  const t = useTranslations("quiz.question");
  return (lines, value) => (typeof value === "boolean" ? [t(value ? "true" : "false")] : lines);
}

export function Lines({ lines, ordered }: { lines: string[]; ordered?: boolean }) {
  if (lines.length === 1) return <span>{lines[0]}</span>;
  const List = ordered ? "ol" : "ul";
  return (
    <List className={`${ordered ? "list-decimal" : "list-disc"} ml-6`}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </List>
  );
}

/** Every option with what the learner did and whether it was right: icon and words, not colour alone. */
function OptionMarks({ options }: { options: OptionMark[] }) {
  const t = useTranslations("quiz.feedback");
  return (
    <ul className="space-y-1">
      {options.map((o) => {
        const right = o.chosen === o.inKey;
        const words = t(
          o.chosen ? (o.inKey ? "chosenRight" : "chosenWrong") : o.inKey ? "leftOutWrong" : "leftOutRight",
        );
        return (
          <li
            key={o.id}
            className={`flex items-start gap-2 rounded border px-2 py-1 ${
              right ? "border-green-700 dark:border-green-400" : "border-red-700 dark:border-red-400"
            } ${o.chosen ? "border-2" : "border-dashed"}`}
          >
            <span
              aria-hidden="true"
              className={`font-bold ${right ? "text-green-800 dark:text-green-300" : "text-red-800 dark:text-red-300"}`}
            >
              {right ? "✓" : "✗"}
            </span>
            <span>
              {o.text} <span className="text-sm font-medium">({words})</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Each ordered item where the learner put it, and where it belongs when that differs. */
function PositionMarks({ positions }: { positions: PositionMark[] }) {
  const t = useTranslations("quiz.feedback");
  return (
    <ol className="space-y-1">
      {positions.map((p) => {
        const right = p.position === p.correctPosition;
        return (
          <li
            key={p.id}
            className={`flex items-start gap-2 rounded border px-2 py-1 ${right ? "border-green-700 dark:border-green-400" : "border-red-700 dark:border-red-400"}`}
          >
            <span
              aria-hidden="true"
              className={`font-bold ${right ? "text-green-800 dark:text-green-300" : "text-red-800 dark:text-red-300"}`}
            >
              {right ? "✓" : "✗"}
            </span>
            <span>
              {p.position}. {p.text}{" "}
              <span className="text-sm font-medium">
                ({right ? t("rightPlace") : t("belongsAt", { position: p.correctPosition })})
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

type Props = { feedback: Feedback; ordered: boolean; ref?: Ref<HTMLHeadingElement> };

/** What the learner sees right after answering: verdict, key, explanation, and where to read more. */
export function AnswerFeedback({ feedback, ordered, ref }: Props) {
  const t = useTranslations("quiz.feedback");
  const words = useAnswerLines();
  return (
    <section
      aria-labelledby={`feedback-${feedback.questionId}`}
      className="space-y-3 rounded border border-stone-300 bg-white p-4 dark:border-stone-600 dark:bg-stone-800"
    >
      <h3 id={`feedback-${feedback.questionId}`} ref={ref} tabIndex={-1} className="text-xl font-bold">
        <Verdict correct={feedback.correct} partial={feedback.partial} score={feedback.score} />
      </h3>
      {feedback.options ? (
        <div>
          <p className="font-semibold">{t("options")}</p>
          <OptionMarks options={feedback.options} />
        </div>
      ) : feedback.positions ? (
        <div>
          <p className="font-semibold">{t("yourOrder")}</p>
          <PositionMarks positions={feedback.positions} />
        </div>
      ) : (
        <div>
          <p className="font-semibold">{t("yourAnswer")}</p>
          <Lines lines={words(feedback.answerLines, feedback.answer)} ordered={ordered} />
        </div>
      )}
      {!feedback.correct && (
        <div>
          <p className="font-semibold">{t("correctAnswer")}</p>
          <Lines lines={words(feedback.correctAnswer.lines, feedback.correctAnswer.value)} ordered={ordered} />
        </div>
      )}
      <p>{feedback.explanation}</p>
      {feedback.events.length > 0 && (
        <div>
          <h4 className="font-semibold">{t("events")}</h4>
          <EventLinks events={feedback.events} />
        </div>
      )}
      {feedback.sources.length > 0 && (
        <div>
          <h4 className="font-semibold">{t("sources")}</h4>
          <ul className="ml-6 list-disc text-sm">
            {feedback.sources.map((source) => (
              <li key={source.id} className="py-1">
                {source.url ? (
                  <a
                    href={source.url}
                    rel="noreferrer"
                    className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300"
                  >
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}{" "}
                <span className="text-stone-600 dark:text-stone-300">({source.publisher})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
