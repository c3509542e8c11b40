import type { Ref } from "react";
import Link from "next/link";
import type { AnswerFeedback as Feedback, EventLink } from "@/lib/quiz/types";

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

export function Verdict({ correct }: { correct: boolean }) {
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

type Props = { feedback: Feedback; ordered: boolean; ref?: Ref<HTMLHeadingElement> };

/** What the learner sees right after answering: verdict, key, explanation, and where to read more. */
export function AnswerFeedback({ feedback, ordered, ref }: Props) {
  return (
    <section
      aria-labelledby={`feedback-${feedback.questionId}`}
      className="space-y-3 rounded border border-stone-300 bg-white p-4 dark:border-stone-600 dark:bg-stone-800"
    >
      <h3 id={`feedback-${feedback.questionId}`} ref={ref} tabIndex={-1} className="text-xl font-bold">
        <Verdict correct={feedback.correct} />
      </h3>
      <div>
        <p className="font-semibold">Your answer:</p>
        <Lines lines={feedback.answerLines} ordered={ordered} />
      </div>
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
