import type { Ref } from "react";
import Link from "next/link";
import type { AnswerFeedback as Feedback, EventLink, OptionMark, PositionMark } from "@/lib/quiz/types";

/** Links to the timeline events behind an answer. */
export function EventLinks({ events }: { events: EventLink[] }) {
  return (
    <ul className="ml-6 list-disc">
      {events.map((event) => (
        <li key={event.id}>
          <Link href={event.href} className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300">
            {event.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}

type Partial = { right: number; of: number; wrongChosen: number } | null;

/** "2 of 3 right", and any wrong options chosen: multiple-select earns part of the point. */
export function partialText(partial: NonNullable<Partial>): string {
  const wrong = partial.wrongChosen > 0 ? `, ${partial.wrongChosen} wrong ${partial.wrongChosen === 1 ? "option" : "options"} chosen` : "";
  return `${partial.right} of ${partial.of} right${wrong}`;
}

export function Verdict({ correct, partial = null, score = 0 }: { correct: boolean; partial?: Partial; score?: number }) {
  if (!correct && partial && partial.right > 0) {
    return (
      <span className="text-amber-900 dark:text-amber-200">
        <span aria-hidden="true">◐ </span>Partly right: {partialText(partial)}
        <span className="ml-2 text-base font-normal">({Math.round(score * 100)}% of the point)</span>
      </span>
    );
  }
  return correct ? (
    <span className="text-green-800 dark:text-green-300">
      <span aria-hidden="true">✓ </span>Correct
    </span>
  ) : (
    <span className="text-red-800 dark:text-red-300">
      <span aria-hidden="true">✗ </span>Not quite
    </span>
  );
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
export function OptionMarks({ options }: { options: OptionMark[] }) {
  return (
    <ul className="space-y-1">
      {options.map((o) => {
        const right = o.chosen === o.inKey;
        const words = o.chosen ? (o.inKey ? "You chose it: right" : "You chose it: wrong") : o.inKey ? "You left it out: it is right" : "Not chosen: right to leave out";
        return (
          <li
            key={o.id}
            className={`flex items-start gap-2 rounded border px-2 py-1 ${
              right ? "border-green-700 dark:border-green-400" : "border-red-700 dark:border-red-400"
            } ${o.chosen ? "border-2" : "border-dashed"}`}
          >
            <span aria-hidden="true" className={`font-bold ${right ? "text-green-800 dark:text-green-300" : "text-red-800 dark:text-red-300"}`}>
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
export function PositionMarks({ positions }: { positions: PositionMark[] }) {
  return (
    <ol className="space-y-1">
      {positions.map((p) => {
        const right = p.position === p.correctPosition;
        return (
          <li key={p.id} className={`flex items-start gap-2 rounded border px-2 py-1 ${right ? "border-green-700 dark:border-green-400" : "border-red-700 dark:border-red-400"}`}>
            <span aria-hidden="true" className={`font-bold ${right ? "text-green-800 dark:text-green-300" : "text-red-800 dark:text-red-300"}`}>
              {right ? "✓" : "✗"}
            </span>
            <span>
              {p.position}. {p.text}{" "}
              <span className="text-sm font-medium">({right ? "right place" : `belongs at ${p.correctPosition}`})</span>
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
          <p className="font-semibold">The options:</p>
          <OptionMarks options={feedback.options} />
        </div>
      ) : feedback.positions ? (
        <div>
          <p className="font-semibold">Your order:</p>
          <PositionMarks positions={feedback.positions} />
        </div>
      ) : (
        <div>
          <p className="font-semibold">Your answer:</p>
          <Lines lines={feedback.answerLines} ordered={ordered} />
        </div>
      )}
      {!feedback.correct && (
        <div>
          <p className="font-semibold">The correct answer:</p>
          <Lines lines={feedback.correctAnswer.lines} ordered={ordered} />
        </div>
      )}
      <p>{feedback.explanation}</p>
      {feedback.events.length > 0 && (
        <div>
          <h4 className="font-semibold">The events behind it</h4>
          <EventLinks events={feedback.events} />
        </div>
      )}
      {feedback.sources.length > 0 && (
        <div>
          <h4 className="font-semibold">Sources</h4>
          <ul className="ml-6 list-disc text-sm">
            {feedback.sources.map((source) => (
              <li key={source.id} className="py-1">
                {source.url ? (
                  <a href={source.url} rel="noreferrer" className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300">
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
