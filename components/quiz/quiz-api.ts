import { queryOptions } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { AnswerResult, AnswerValue, AttemptState, QuizMode } from "@/lib/quiz/types";
import { routes } from "@/lib/routes";

/** The server's sentence (already in the page's language), or "" when there was none to read. */
class QuizApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** What to show for a failed call: the server's sentence, else why there is none. */
export function useErrorText(): (error: Error) => string {
  const t = useTranslations("quiz.errors");
  return (error) => {
    if (error.message) return error.message;
    const status = error instanceof QuizApiError ? error.status : 0;
    return status === 0 ? t("network") : t("status", { status });
  };
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      ...init,
      headers: { "content-type": "application/json", ...init?.headers },
      cache: "no-store",
    });
  } catch {
    throw new QuizApiError("", 0);
  }
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const error = (body as { error?: unknown } | null)?.error;
    throw new QuizApiError(typeof error === "string" ? error : "", res.status);
  }
  return body as T;
}

export function startAttempt(unit: string, mode: QuizMode): Promise<AttemptState> {
  return call(routes.api.attempts(), { method: "POST", body: JSON.stringify({ unit, mode }) });
}

export function sendAnswer(attemptId: string, questionId: string, answer: AnswerValue): Promise<AnswerResult> {
  return call(routes.api.answers(attemptId), {
    method: "POST",
    body: JSON.stringify({ questionId, answer }),
  });
}

export function finishAttempt(attemptId: string): Promise<AttemptState> {
  return call(routes.api.finish(attemptId), { method: "POST" });
}

export const attemptQuery = (attemptId: string) =>
  queryOptions({
    queryKey: ["attempt", attemptId],
    queryFn: () => call<AttemptState>(routes.api.attempt(attemptId)),
    // The attempt changes only through this player's own mutations, which update the cache.
    staleTime: Infinity,
  });
