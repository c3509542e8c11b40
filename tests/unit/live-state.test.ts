import { applyStep, checkAnswer, effectiveState, IDLE_LIMIT_MS, isIdle, type LiveState } from "@/lib/live/state";

const start = new Date("2026-03-02T09:00:00Z");
const later = new Date(start.getTime() + 60_000);
const lobby: LiveState = { status: "lobby", questionIndex: -1, questionCount: 2, lastActivityAt: start };

function step(state: LiveState, s: "next" | "reveal" | "end"): LiveState {
  const result = applyStep(state, s, later);
  if (!result.ok) throw new Error(result.reason);
  return result.state;
}

describe("live session steps", () => {
  it("goes lobby → question → revealed → next question → ended, marking activity", () => {
    const first = step(lobby, "next");
    expect(first).toMatchObject({ status: "question", questionIndex: 0, lastActivityAt: later });
    const revealed = step(first, "reveal");
    expect(revealed).toMatchObject({ status: "revealed", questionIndex: 0 });
    const second = step(revealed, "next");
    expect(second).toMatchObject({ status: "question", questionIndex: 1 });
    expect(step(second, "end")).toMatchObject({ status: "ended", questionIndex: 1 });
  });

  it("may skip a reveal, but not go past the last question", () => {
    const second = step(step(lobby, "next"), "next");
    expect(second.questionIndex).toBe(1);
    expect(applyStep(second, "next", later)).toEqual({ ok: false, reason: "no-more-questions" });
  });

  it("refuses a reveal before the first question and a second reveal", () => {
    expect(applyStep(lobby, "reveal", later)).toEqual({ ok: false, reason: "not-started" });
    const revealed = step(step(lobby, "next"), "reveal");
    expect(applyStep(revealed, "reveal", later)).toEqual({ ok: false, reason: "already-revealed" });
  });

  it("does nothing once ended", () => {
    const ended = step(lobby, "end");
    for (const s of ["next", "reveal", "end"] as const)
      expect(applyStep(ended, s, later)).toEqual({ ok: false, reason: "session-ended" });
  });
});

describe("answers", () => {
  const first = step(lobby, "next");
  it("are taken for the question on screen only, until its reveal", () => {
    expect(checkAnswer(first, 0)).toEqual({ ok: true });
    expect(checkAnswer(first, 1)).toEqual({ ok: false, reason: "not-current" });
    expect(checkAnswer(first, -1)).toEqual({ ok: false, reason: "not-current" });
    expect(checkAnswer(lobby, -1)).toEqual({ ok: false, reason: "not-current" });
    expect(checkAnswer(step(first, "reveal"), 0)).toEqual({ ok: false, reason: "revealed" });
    expect(checkAnswer(step(first, "end"), 0)).toEqual({ ok: false, reason: "session-ended" });
  });
});

describe("idle sessions", () => {
  it("end themselves after three hours without a step", () => {
    const justBefore = new Date(start.getTime() + IDLE_LIMIT_MS - 1);
    const atLimit = new Date(start.getTime() + IDLE_LIMIT_MS);
    expect(isIdle(lobby, justBefore)).toBe(false);
    expect(isIdle(lobby, atLimit)).toBe(true);
    expect(effectiveState(lobby, atLimit).status).toBe("ended");
    expect(effectiveState(lobby, justBefore).status).toBe("lobby");
    expect(isIdle({ ...lobby, status: "ended" }, atLimit)).toBe(false);
  });
});
