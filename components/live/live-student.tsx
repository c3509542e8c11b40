"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { StudentView, type StudentViewProps } from "@/components/live/student-view";
import { liveStreamUrl } from "@/lib/live/paths";
import type { LiveMessage } from "@/lib/live/view";
import type { AnswerValue, PublicQuestion } from "@/lib/quiz/types";
import { routes } from "@/lib/routes";

type Tally = Extract<LiveMessage, { type: "tally" }>;
type Props = Omit<StudentViewProps, "onAnswer" | "received">;

/** The form's fields as the JSON API takes them (the same mapping the server applies to a form post). */
function answerOf(question: PublicQuestion, form: FormData): AnswerValue | null {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value.trim() !== "" ? value : null;
  };
  switch (question.type) {
    case "single":
    case "short-answer":
      return text("answer");
    case "multiple": {
      const chosen = form.getAll("answer").filter((v): v is string => typeof v === "string");
      return chosen.length > 0 ? chosen : null;
    }
    case "true-false": {
      const value = text("answer");
      return value === null ? null : value === "true";
    }
    case "order": {
      const positions = question.items.map((_, i) => text(`position-${i + 1}`));
      return positions.every((p): p is string => p !== null) ? positions : null;
    }
  }
}

/**
 * The device follows the session's stream; the server-rendered first state is shown until the
 * stream's first message, and is what a browser without JavaScript keeps (reloading for more).
 */
export function LiveStudent(props: Props) {
  const [main, setMain] = useState<LiveMessage>(props.main);
  const [tally, setTally] = useState<Tally | null>(props.tally);
  const [error, setError] = useState<string | null>(props.error);
  const [received, setReceived] = useState<string | null>(null);
  const t = useTranslations("live.student");
  const locale = useLocale();

  useEffect(() => {
    // The stream speaks this page's language (another device in the session may use another).
    const source = new EventSource(liveStreamUrl(props.sessionId, locale));
    source.onmessage = (event: MessageEvent<string>) => {
      const message = JSON.parse(event.data) as LiveMessage;
      if (message.type === "tally") {
        setTally(message);
        if (message.questionId === null) setMain(message);
        return;
      }
      setMain((current) => {
        if (
          current.type !== message.type ||
          ("index" in current && "index" in message && current.index !== message.index)
        )
          setError(null);
        return message;
      });
      if (message.type === "ended") source.close();
    };
    return () => source.close();
  }, [props.sessionId, locale]);

  async function onAnswer(event: FormEvent<HTMLFormElement>) {
    if (main.type !== "question") return;
    event.preventDefault();
    const answer = answerOf(main.question, new FormData(event.currentTarget));
    if (answer === null) {
      setError(t("chooseFirst"));
      return;
    }
    const res = await fetch(routes.api.liveAnswers(props.sessionId), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ questionId: main.question.id, answer }),
    });
    if (res.status === 201) {
      setError(null);
      setReceived(main.question.id);
      return;
    }
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    setError(body?.error ?? t("sendFailed"));
  }

  const isReceived = main.type === "question" && received === main.question.id;
  return <StudentView {...props} main={main} tally={tally} error={error} received={isReceived} onAnswer={onAnswer} />;
}
