import { queryOptions } from "@tanstack/react-query";
import type { AnswerResult, AnswerValue, AttemptState, QuizMode } from "@/lib/quiz/types";

export class QuizApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init?.headers }, cache: "no-store" });
  } catch {
    throw new QuizApiError("The server could not be reached. Check your connection and try again.", 0);
  }
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const error = (body as { error?: unknown } | null)?.error;
    throw new QuizApiError(typeof error === "string" ? error : `The server answered ${res.status}.`, res.status);
  }
  return body as T;
}

export function startAttempt(unit: string, mode: QuizMode): Promise<AttemptState> {
  return call("/api/attempts", { method: "POST", body: JSON.stringify({ unit, mode }) });
}

export function sendAnswer(attemptId: string, questionId: string, answer: AnswerValue): Promise<AnswerResult> {
  return call(`/api/attempts/${encodeURIComponent(attemptId)}/answers`, {
    method: "POST",
    body: JSON.stringify({ questionId, answer }),
  });
}

export function finishAttempt(attemptId: string): Promise<AttemptState> {
  return call(`/api/attempts/${encodeURIComponent(attemptId)}/finish`, { method: "POST" });
}

export const attemptQuery = (attemptId: string) =>
  queryOptions({
    queryKey: ["attempt", attemptId],
    queryFn: () => call<AttemptState>(`/api/attempts/${encodeURIComponent(attemptId)}`),
    // The attempt changes only through this player's own mutations, which update the cache.
    staleTime: Infinity,
  });
