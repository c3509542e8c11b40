"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { choiceClass } from "@/components/quiz/choice-style";
import { OrderQuestion } from "@/components/quiz/order-question";
import type { AnswerValue, PublicQuestion } from "@/lib/quiz/types";
import { buttonClass } from "@/components/ui/styles";

type Props = {
  question: PublicQuestion;
  /** The answer already recorded, shown read-only. */
  recorded?: AnswerValue;
  pending: boolean;
  error?: string;
  onSubmit(answer: AnswerValue): void;
};

function initialDraft(question: PublicQuestion, recorded?: AnswerValue): AnswerValue | undefined {
  if (recorded !== undefined) return recorded;
  if (question.type === "order") return question.items.map((i) => i.id);
  if (question.type === "multiple") return [];
  return undefined;
}

export function QuestionForm({ question, recorded, pending, error, onSubmit }: Props) {
  const t = useTranslations("quiz.question");
  const [draft, setDraft] = useState<AnswerValue | undefined>(() => initialDraft(question, recorded));
  const [missing, setMissing] = useState(false);
  const name = useId();
  const locked = recorded !== undefined;
  const errorId = `${name}-error`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const empty =
      draft === undefined ||
      (Array.isArray(draft) && draft.length === 0) ||
      (typeof draft === "string" && draft.trim() === "");
    setMissing(empty);
    if (!empty && !locked) onSubmit(draft);
  }

  const message = missing ? t("missing") : error;

  return (
    <form onSubmit={submit} noValidate aria-describedby={message ? errorId : undefined} className="space-y-4">
      {(question.type === "single" || question.type === "multiple" || question.type === "true-false") && (
        <fieldset className="space-y-2" disabled={locked}>
          <legend className="mb-2 text-lg font-semibold">{question.prompt}</legend>
          {question.type === "multiple" && (
            <p className="text-sm text-stone-600 dark:text-stone-300">{t("multipleHint")}</p>
          )}
          {question.type === "true-false"
            ? [true, false].map((value) => (
                <label key={String(value)} className={choiceClass}>
                  <input
                    type="radio"
                    name={name}
                    checked={draft === value}
                    onChange={() => setDraft(value)}
                    className="size-5 shrink-0"
                  />
                  {t(value ? "true" : "false")}
                </label>
              ))
            : question.options.map((option) => {
                const multiple = question.type === "multiple";
                const chosen = multiple ? (draft as string[]).includes(option.id) : draft === option.id;
                return (
                  <label key={option.id} className={choiceClass}>
                    <input
                      type={multiple ? "checkbox" : "radio"}
                      name={name}
                      value={option.id}
                      checked={chosen}
                      onChange={(e) =>
                        setDraft(
                          multiple
                            ? e.target.checked
                              ? [...(draft as string[]), option.id]
                              : (draft as string[]).filter((id) => id !== option.id)
                            : option.id,
                        )
                      }
                      className="size-5 shrink-0"
                    />
                    {option.text}
                  </label>
                );
              })}
        </fieldset>
      )}
      {question.type === "order" && (
        <OrderQuestion
          prompt={question.prompt}
          items={question.items}
          order={draft as string[]}
          disabled={locked}
          onChange={setDraft}
        />
      )}
      {question.type === "short-answer" && (
        <div className="space-y-2">
          <label htmlFor={`${name}-text`} className="block text-lg font-semibold">
            {question.prompt}
          </label>
          <p id={`${name}-hint`} className="text-sm text-stone-600 dark:text-stone-300">
            {t("shortHint")}
          </p>
          <input
            id={`${name}-text`}
            type="text"
            autoComplete="off"
            maxLength={200}
            disabled={locked}
            aria-describedby={`${name}-hint`}
            value={typeof draft === "string" ? draft : ""}
            onChange={(e) => setDraft(e.target.value)}
            className="min-h-11 w-full rounded border border-stone-400 bg-white px-3 dark:border-stone-500 dark:bg-stone-800"
          />
        </div>
      )}
      {message && (
        <p id={errorId} role="alert" className="font-medium text-red-800 dark:text-red-300">
          <span aria-hidden="true">⚠ </span>
          {message}
        </p>
      )}
      {!locked && (
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("checking") : t("check")}
        </button>
      )}
    </form>
  );
}
