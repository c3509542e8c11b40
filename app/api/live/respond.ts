import { NextResponse } from "next/server";
import { z } from "zod";
import { jsonError, type Issue } from "@/lib/http";
import { LIVE_FORM_ERRORS, liveSessionId, type LiveFormErrorKey } from "@/lib/live/schemas";

// The live routes' edge: domain reasons become statuses here, and nowhere in lib/live.

const STATUS: Record<LiveFormErrorKey | "not-found" | "changed" | "already-revealed" | "not-started" | "no-more-questions", number> = {
  "not-found": 404,
  "unknown-session": 404,
  "unknown-unit": 404,
  "unknown-class": 404,
  "name-required": 422,
  displayName: 422,
  "invalid-answer": 422,
  "answer-missing": 422,
  "order-duplicate": 422,
  invalid: 422,
  "teacher-cannot-join": 403,
  "not-joined": 403,
  "slow-down": 429,
  "not-current": 409,
  revealed: 409,
  "already-answered": 409,
  ended: 409,
  "no-questions": 409,
  changed: 409,
  "already-revealed": 409,
  "not-started": 409,
  "no-more-questions": 409,
};

const STEP_MESSAGES = {
  "not-found": "There is no live session with this id (for you).",
  changed: "The session moved on meanwhile (another click or tab); the projector shows where it is now.",
  "already-revealed": "The answer to this question is already revealed.",
  "not-started": "Show the first question before revealing an answer.",
  "no-more-questions": "That was the last question: end the session to see the summary.",
} as const;

export type LiveReason = keyof typeof STATUS;

export function liveFailure(reason: LiveReason, issues?: Issue[]): NextResponse {
  const message = reason in STEP_MESSAGES ? STEP_MESSAGES[reason as keyof typeof STEP_MESSAGES] : LIVE_FORM_ERRORS[reason as LiveFormErrorKey];
  return jsonError(STATUS[reason], message, issues);
}

export function created(body: unknown): NextResponse {
  return NextResponse.json(body, { status: 201, headers: { "Cache-Control": "no-store" } });
}

export type LiveParams = { params: Promise<{ id: string }> };

export const sessionParams = z.object({ id: liveSessionId });
