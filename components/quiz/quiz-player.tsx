"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { AnswerFeedback } from "@/components/quiz/answer-feedback";
import { QuestionForm } from "@/components/quiz/question-form";
import { QuizProgress } from "@/components/quiz/quiz-progress";
import { QuizResult } from "@/components/quiz/quiz-result";
import { attemptQuery, finishAttempt, sendAnswer, useErrorText } from "@/components/quiz/quiz-api";
import type { AnswerValue, AttemptState } from "@/lib/quiz/types";
import { buttonClass } from "@/components/ui/styles";

type Props = { attemptId: string; onClose(): void };

function firstOpen(state: AttemptState): number {
  const index = state.questions.findIndex((q) => !state.feedback[q.id]);
  return index === -1 ? Math.max(0, state.questions.length - 1) : index;
}

/** One question at a time; every answer is scored by the server and explained at once. */
export function QuizPlayer({ attemptId, onClose }: Props) {
  const t = useTranslations("quiz.player");
  const errorText = useErrorText();
  const client = useQueryClient();
  const query = useQuery(attemptQuery(attemptId));
  const [index, setIndex] = useState<number | null>(null);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const feedbackHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<"question" | "feedback" | "result" | null>(null);

  const answer = useMutation({
    mutationFn: (vars: { questionId: string; answer: AnswerValue }) =>
      sendAnswer(attemptId, vars.questionId, vars.answer),
    onSuccess: (result) => {
      const { progress, ...feedback } = result;
      client.setQueryData<AttemptState>(
        attemptQuery(attemptId).queryKey,
        (state) =>
          state && {
            ...state,
            attempt: { ...state.attempt, answeredCount: progress.answered, correctCount: progress.correct },
            feedback: { ...state.feedback, [feedback.questionId]: feedback },
          },
      );
      focusNext.current = "feedback";
    },
  });

  const finish = useMutation({
    mutationFn: () => finishAttempt(attemptId),
    onSuccess: (state) => {
      client.setQueryData(attemptQuery(attemptId).queryKey, state);
      focusNext.current = "result";
    },
  });

  // Moving focus to what just appeared keeps keyboard and screen-reader users in the flow.
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === "feedback") feedbackHeading.current?.focus();
    else if (target === "result") resultHeading.current?.focus();
    else if (target === "question") questionHeading.current?.focus();
  });

  if (query.isPending) return <p role="status">{t("loading")}</p>;
  if (query.isError) {
    return (
      <p role="alert" className="text-red-800 dark:text-red-300">
        {errorText(query.error)}
      </p>
    );
  }

  const state = query.data;
  const { attempt } = state;
  if (state.result)
    return (
      <QuizResult
        result={state.result}
        headingRef={resultHeading}
        onAgain={onClose}
        retry={{ attemptId: state.attempt.id, unit: state.attempt.unit }}
      />
    );

  const current = index ?? firstOpen(state);
  const question = state.questions[current];
  if (!question) return <p role="alert">{t("noQuestions")}</p>;
  const feedback = state.feedback[question.id];
  const isLast = current === state.questions.length - 1;
  const allAnswered = attempt.answeredCount >= attempt.questionCount;

  return (
    <section aria-labelledby="question-heading" className="space-y-5">
      <QuizProgress attempt={attempt} />
      <h2 id="question-heading" ref={questionHeading} tabIndex={-1} className="text-xl font-bold">
        {t("questionOf", { number: current + 1, total: state.questions.length })}
      </h2>
      <QuestionForm
        key={question.id}
        question={question}
        recorded={feedback?.answer}
        pending={answer.isPending}
        error={answer.isError ? errorText(answer.error) : undefined}
        onSubmit={(value) => {
          // Pin the question so its feedback stays on screen until the learner moves on.
          setIndex(current);
          answer.mutate({ questionId: question.id, answer: value });
        }}
      />
      {feedback && <AnswerFeedback ref={feedbackHeading} feedback={feedback} ordered={question.type === "order"} />}
      {finish.isError && (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {errorText(finish.error)}
        </p>
      )}
      {feedback && (
        <div className="flex flex-wrap gap-3">
          {!isLast && (
            <button
              type="button"
              onClick={() => {
                answer.reset();
                setIndex(current + 1);
                focusNext.current = "question";
              }}
              className={buttonClass}
            >
              {t("next")}
            </button>
          )}
          {(isLast || allAnswered) && (
            <button type="button" disabled={finish.isPending} onClick={() => finish.mutate()} className={buttonClass}>
              {allAnswered ? t("seeScore") : t("finishAndSee")}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
