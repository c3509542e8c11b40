// The live session's state machine, as pure functions: the data access layer loads the state,
// asks these what a step leads to, and writes the result only if nobody else moved first.
//
//   lobby --next--> question(0) --reveal--> revealed(0) --next--> question(1) ... --end--> ended
//
// "next" from an unrevealed question skips its reveal; "end" is allowed from any state but ended.

export type LiveStatus = "lobby" | "question" | "revealed" | "ended";

export type LiveState = {
  status: LiveStatus;
  /** -1 in the lobby; otherwise the position in the plan of the question on screen. */
  questionIndex: number;
  questionCount: number;
  lastActivityAt: Date;
};

export const liveModes = ["faq", "unit"] as const;
export type LiveMode = (typeof liveModes)[number];

/** A session nobody has moved on for this long ends itself. */
export const IDLE_LIMIT_MS = 3 * 60 * 60 * 1000;

export type Step = "next" | "reveal" | "end";

export type StepFailure = "session-ended" | "not-started" | "already-revealed" | "no-more-questions";
export type StepResult = { ok: true; state: LiveState } | { ok: false; reason: StepFailure };

export type AnswerCheck = { ok: true } | { ok: false; reason: "session-ended" | "not-current" | "revealed" };

export function isIdle(state: LiveState, now: Date): boolean {
  return state.status !== "ended" && now.getTime() - state.lastActivityAt.getTime() >= IDLE_LIMIT_MS;
}

/** The state as it stands at `now`: an idle session counts as ended even before anyone writes so. */
export function effectiveState(state: LiveState, now: Date): LiveState {
  return isIdle(state, now) ? { ...state, status: "ended" } : state;
}

export function applyStep(state: LiveState, step: Step, now: Date): StepResult {
  if (state.status === "ended") return { ok: false, reason: "session-ended" };
  const moved = (status: LiveStatus, questionIndex: number): StepResult => ({
    ok: true,
    state: { ...state, status, questionIndex, lastActivityAt: now },
  });
  switch (step) {
    case "next": {
      const index = state.questionIndex + 1;
      if (index >= state.questionCount) return { ok: false, reason: "no-more-questions" };
      return moved("question", index);
    }
    case "reveal":
      if (state.status === "lobby") return { ok: false, reason: "not-started" };
      if (state.status === "revealed") return { ok: false, reason: "already-revealed" };
      return moved("revealed", state.questionIndex);
    case "end":
      return moved("ended", state.questionIndex);
  }
}

/** Whether an answer to the question at `questionIndex` is taken now. */
export function checkAnswer(state: LiveState, questionIndex: number): AnswerCheck {
  if (state.status === "ended") return { ok: false, reason: "session-ended" };
  if (questionIndex !== state.questionIndex || state.status === "lobby") return { ok: false, reason: "not-current" };
  if (state.status === "revealed") return { ok: false, reason: "revealed" };
  return { ok: true };
}
