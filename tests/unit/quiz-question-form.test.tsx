/** @jest-environment jsdom */
import { act, fireEvent, render as renderBare, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement, ReactNode } from "react";
import { QuestionForm } from "@/components/quiz/question-form";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { PublicQuestion } from "@/lib/quiz/types";

/** Rendered as the quiz page renders it: inside the page language's "quiz" catalogue. */
function render(ui: ReactElement, locale: Locale = "en") {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <NextIntlClientProvider locale={locale} messages={loadMessages(locale)}>
      {children}
    </NextIntlClientProvider>
  );
  return renderBare(ui, { wrapper });
}

const order: PublicQuestion = {
  id: "o",
  type: "order",
  prompt: "Put these in order",
  items: [
    { id: "b", text: "Second" },
    { id: "a", text: "First" },
    { id: "c", text: "Third" },
  ],
};

it("orders items with Move up / Move down buttons, announces the new position and submits the order", () => {
  const onSubmit = jest.fn();
  render(<QuestionForm question={order} pending={false} onSubmit={onSubmit} />);
  expect(screen.getByRole("group", { name: "Put these in order" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Move up: Second" })).toBeDisabled();

  act(() => fireEvent.click(screen.getByRole("button", { name: "Move up: First" })));
  expect(screen.getByText("“First” is now number 1 of 3.")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Move up: First" })).toBeDisabled();
  expect(screen.getByRole("button", { name: "Move down: First" })).toHaveFocus();

  fireEvent.click(screen.getByRole("button", { name: "Check answer" }));
  expect(onSubmit).toHaveBeenCalledWith(["a", "b", "c"]);
});

it("asks for an answer before sending an empty one, and labels the short-answer field", () => {
  const onSubmit = jest.fn();
  render(
    <QuestionForm
      question={{ id: "s", type: "short-answer", prompt: "Which village?" }}
      pending={false}
      onSubmit={onSubmit}
    />,
  );
  fireEvent.click(screen.getByRole("button", { name: "Check answer" }));
  expect(screen.getByRole("alert")).toHaveTextContent("Choose or type an answer first.");
  expect(onSubmit).not.toHaveBeenCalled();
  fireEvent.change(screen.getByRole("textbox", { name: "Which village?" }), { target: { value: "Banjskë" } });
  fireEvent.click(screen.getByRole("button", { name: "Check answer" }));
  expect(onSubmit).toHaveBeenCalledWith("Banjskë");
});

it("shows a recorded answer read-only, without a submit button", () => {
  render(
    <QuestionForm
      question={{
        id: "m",
        type: "multiple",
        prompt: "Which?",
        options: [
          { id: "x", text: "X" },
          { id: "y", text: "Y" },
        ],
      }}
      recorded={["y"]}
      pending={false}
      onSubmit={jest.fn()}
    />,
  );
  expect(screen.getByRole("checkbox", { name: "Y" })).toBeChecked();
  expect(screen.getByRole("checkbox", { name: "X" })).toBeDisabled();
  expect(screen.queryByRole("button", { name: "Check answer" })).toBeNull();
});

it("speaks the page's language: Serbian (Latin) buttons, hint and announcement", () => {
  render(<QuestionForm question={order} pending={false} onSubmit={jest.fn()} />, "sr-Latn");
  act(() => fireEvent.click(screen.getByRole("button", { name: "Pomeri gore: First" })));
  expect(screen.getByText("„First” je sada na mestu 1 od 3.")).toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "Proveri odgovor" }));
  expect(screen.queryByRole("alert")).toBeNull();
});
