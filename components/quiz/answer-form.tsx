import type { FormEventHandler } from "react";
import { useTranslations } from "next-intl";
import { choiceClass } from "@/components/quiz/choice-style";
import { buttonClass } from "@/components/ui/styles";
import type { PublicQuestion } from "@/lib/quiz/types";
import { routes } from "@/lib/routes";

// A quiz attempt's question, or (with `action` and `hidden`) a live session's.
type Target = { attemptId: string; unit: string } | { action: string; hidden: Record<string, string> };
type Props = Target & {
  question: PublicQuestion;
  errorId?: string;
  submitLabel?: string;
  onSubmit?: FormEventHandler<HTMLFormElement>;
};

const hintClass = "text-sm text-stone-600 dark:text-stone-300";
const fieldClass =
  "min-h-11 w-full rounded border border-stone-500 bg-white px-3 text-stone-900 dark:border-stone-400 dark:bg-stone-800 dark:text-stone-100";

/**
 * One question as a plain HTML form, for browsers without JavaScript: it posts to the same answer
 * endpoint as the interactive player. Ordering uses one select per position instead of move buttons.
 */
export function AnswerForm(props: Props) {
  const t = useTranslations("quiz.question");
  const { question, errorId, submitLabel = t("check"), onSubmit } = props;
  const id = `answer-${question.id}`;
  const action = "action" in props ? props.action : routes.api.answers(props.attemptId);
  const hidden = "action" in props ? props.hidden : { unit: props.unit };
  return (
    <form method="post" action={action} aria-describedby={errorId} onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="questionId" value={question.id} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {question.type === "short-answer" ? (
        <div className="space-y-2">
          <label htmlFor={`${id}-text`} className="block text-lg font-semibold">
            {question.prompt}
          </label>
          <p id={`${id}-hint`} className={hintClass}>
            {t("shortHint")}
          </p>
          <input
            id={`${id}-text`}
            name="answer"
            type="text"
            autoComplete="off"
            required
            maxLength={200}
            aria-describedby={`${id}-hint`}
            className={fieldClass}
          />
        </div>
      ) : (
        <fieldset className="space-y-2">
          <legend className="mb-2 text-lg font-semibold">{question.prompt}</legend>
          {question.type === "multiple" && <p className={hintClass}>{t("multipleHint")}</p>}
          {question.type === "order" && <p className={hintClass}>{t("orderSelectHint")}</p>}
          {question.type === "true-false" &&
            [true, false].map((value) => (
              <label key={String(value)} className={choiceClass}>
                <input type="radio" name="answer" value={String(value)} required className="size-5 shrink-0" />
                {t(value ? "true" : "false")}
              </label>
            ))}
          {(question.type === "single" || question.type === "multiple") &&
            question.options.map((option) => (
              <label key={option.id} className={choiceClass}>
                <input
                  type={question.type === "multiple" ? "checkbox" : "radio"}
                  name="answer"
                  value={option.id}
                  required={question.type === "single"}
                  className="size-5 shrink-0"
                />
                {option.text}
              </label>
            ))}
          {question.type === "order" && (
            <ol className="space-y-3">
              {question.items.map((shown, index) => (
                <li key={shown.id} className="space-y-1">
                  <label htmlFor={`${id}-position-${index + 1}`} className="block font-medium">
                    {t("position", { number: index + 1 })}
                  </label>
                  <select
                    id={`${id}-position-${index + 1}`}
                    name={`position-${index + 1}`}
                    defaultValue={shown.id}
                    className={fieldClass}
                  >
                    {question.items.map((item) => (
                      <option key={item.id} value={item.id}>
                        {item.text}
                      </option>
                    ))}
                  </select>
                </li>
              ))}
            </ol>
          )}
        </fieldset>
      )}
      <button type="submit" className={buttonClass}>
        {submitLabel}
      </button>
    </form>
  );
}
