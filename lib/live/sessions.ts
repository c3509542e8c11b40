import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { findClass } from "@/lib/classrooms/classrooms";
import { LIVE_CODE_LENGTH } from "@/lib/live/schemas";
import { randomCode } from "@/lib/readable-codes";
import { buildPlan, planSchema, type PlanItem } from "@/lib/quiz/plan";
import { getUnit } from "@/lib/content/store";
import { recordAnswer } from "@/lib/quiz/record-answer";
import {
  applyStep,
  checkAnswer,
  effectiveState,
  isIdle,
  type LiveMode,
  type LiveState,
  type LiveStatus,
  type Step,
  type StepFailure,
} from "@/lib/live/state";

// A live session's rows. Every device's answers are an ordinary quiz Attempt (mode "live") over
// the session's plan, scored by recordAnswer, so they reach item analysis, progress and review
// like any other attempt; ending the session finishes those attempts.

const LIVE_ATTEMPT_MODE = "live";

export type LiveSessionRow = {
  id: string;
  code: string;
  teacherId: string;
  classroomId: string | null;
  unitId: string;
  unitVersionId: string;
  mode: string;
  plan: string;
  status: string;
  questionIndex: number;
  version: number;
  lastActivityAt: Date;
  endedAt: Date | null;
};

const sessionSelect = {
  id: true,
  code: true,
  teacherId: true,
  classroomId: true,
  unitId: true,
  unitVersionId: true,
  mode: true,
  plan: true,
  status: true,
  questionIndex: true,
  version: true,
  lastActivityAt: true,
  endedAt: true,
} as const;

export function sessionPlan(row: LiveSessionRow): PlanItem[] {
  return planSchema.parse(JSON.parse(row.plan));
}

export function stateOf(row: LiveSessionRow): LiveState {
  return {
    status: row.status as LiveStatus,
    questionIndex: row.questionIndex,
    questionCount: sessionPlan(row).length,
    lastActivityAt: row.lastActivityAt,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export type CreateResult =
  { ok: true; id: string; code: string } | { ok: false; reason: "unit-not-found" | "class-not-found" | "no-questions" };

export async function createLiveSession(
  database: Db,
  teacherId: string,
  input: { classId?: string; unit: string; mode: LiveMode },
): Promise<CreateResult> {
  const unit = await getUnit(database, input.unit);
  if (!unit) return { ok: false, reason: "unit-not-found" };
  if (input.classId !== undefined && !(await findClass(database, teacherId, input.classId)))
    return { ok: false, reason: "class-not-found" };
  const plan = buildPlan(input.mode, unit.questions, crypto.randomBytes(8).toString("hex"));
  if (plan.length === 0) return { ok: false, reason: "no-questions" };
  for (;;) {
    try {
      const row = await database.liveSession.create({
        data: {
          code: randomCode(LIVE_CODE_LENGTH),
          teacherId,
          classroomId: input.classId ?? null,
          unitId: input.unit,
          unitVersionId: unit.version.id,
          mode: input.mode,
          plan: JSON.stringify(plan),
        },
        select: { id: true, code: true },
      });
      return { ok: true, ...row };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

/** Ends the session and finishes its attempts (unanswered questions count as not correct). */
async function closeSession(database: Db, row: LiveSessionRow, now: Date): Promise<boolean> {
  const [closed] = await database.$transaction([
    database.liveSession.updateMany({
      where: { id: row.id, endedAt: null },
      data: { status: "ended", endedAt: now, version: { increment: 1 } },
    }),
    database.attempt.updateMany({
      where: { liveSeat: { sessionId: row.id }, finishedAt: null },
      data: { finishedAt: now },
    }),
  ]);
  return closed.count > 0;
}

/**
 * The session by id or join code. A session idle for longer than the limit is ended here, by
 * whichever request finds it first, so no timer in any one process has to survive for hours.
 */
export async function findLiveSession(
  database: Db,
  where: { id: string } | { code: string },
  now = new Date(),
): Promise<LiveSessionRow | null> {
  const row = await database.liveSession.findUnique({ where, select: sessionSelect });
  if (!row) return null;
  if (isIdle(stateOf(row), now)) {
    await closeSession(database, row, now);
    return database.liveSession.findUnique({ where, select: sessionSelect });
  }
  return row;
}

export type JoinResult =
  | { ok: true; sessionId: string; participantId: string; userId: string; newUser: boolean; created: boolean }
  | { ok: false; reason: "live-session-not-found" | "live-teacher-cannot-join" | "name-required" };

/**
 * Seats a device in the session. A signed-in learner keeps their account (a class member under
 * the name on the class roster); a device with no account becomes a guest learner with the name
 * given. Joining again is the same seat.
 */
export async function joinLiveSession(
  database: Db,
  code: string,
  learner: { id: string; role: string; displayName: string | null } | null,
  displayName: string | undefined,
  now = new Date(),
): Promise<JoinResult> {
  const session = await findLiveSession(database, { code }, now);
  if (!session || session.status === "ended") return { ok: false, reason: "live-session-not-found" };
  if (learner?.role === "teacher") return { ok: false, reason: "live-teacher-cannot-join" };
  if (!learner && !displayName) return { ok: false, reason: "name-required" };

  if (learner) {
    const seat = await database.liveParticipant.findUnique({
      where: { sessionId_userId: { sessionId: session.id, userId: learner.id } },
      select: { id: true },
    });
    if (seat)
      return {
        ok: true,
        sessionId: session.id,
        participantId: seat.id,
        userId: learner.id,
        newUser: false,
        created: false,
      };
  }
  const enrollment =
    learner && session.classroomId
      ? await database.enrollment.findFirst({
          where: { classroomId: session.classroomId, userId: learner.id, removedAt: null },
          select: { displayName: true },
        })
      : null;
  const name = enrollment?.displayName ?? learner?.displayName ?? displayName ?? "Guest";
  const plan = sessionPlan(session);
  try {
    const seat = await database.$transaction(async (tx) => {
      const userId =
        learner?.id ?? (await tx.user.create({ data: { role: "guest", displayName: name }, select: { id: true } })).id;
      const attempt = await tx.attempt.create({
        data: {
          userId,
          unitId: session.unitId,
          unitVersionId: session.unitVersionId,
          mode: LIVE_ATTEMPT_MODE,
          seed: session.id,
          plan: JSON.stringify(plan),
          questionCount: plan.length,
        },
        select: { id: true },
      });
      const participant = await tx.liveParticipant.create({
        data: { sessionId: session.id, userId, attemptId: attempt.id, displayName: name },
        select: { id: true },
      });
      return { userId, participantId: participant.id };
    });
    return {
      ok: true,
      sessionId: session.id,
      participantId: seat.participantId,
      userId: seat.userId,
      newUser: !learner,
      created: true,
    };
  } catch (error) {
    // The same device joining twice at once: the unique (session, user) seat decides.
    if (!learner || !isUniqueViolation(error)) throw error;
    const seat = await database.liveParticipant.findUniqueOrThrow({
      where: { sessionId_userId: { sessionId: session.id, userId: learner.id } },
      select: { id: true },
    });
    return {
      ok: true,
      sessionId: session.id,
      participantId: seat.id,
      userId: learner.id,
      newUser: false,
      created: false,
    };
  }
}

export type StepOutcome =
  { ok: true; state: LiveState } | { ok: false; reason: "live-session-not-found" | "session-moved-on" | StepFailure };

/** Next, reveal or end, by the session's own teacher; another teacher's session is "not-found". */
export async function stepLiveSession(
  database: Db,
  teacherId: string,
  sessionId: string,
  step: Step,
  now = new Date(),
): Promise<StepOutcome> {
  const row = await findLiveSession(database, { id: sessionId }, now);
  if (!row || row.teacherId !== teacherId) return { ok: false, reason: "live-session-not-found" };
  const result = applyStep(stateOf(row), step, now);
  if (!result.ok) return result;
  if (result.state.status === "ended") {
    return (await closeSession(database, row, now))
      ? { ok: true, state: result.state }
      : { ok: false, reason: "session-ended" };
  }
  // Compare-and-set on the version: of two clicks on "next" at once only one moves the class on.
  const moved = await database.liveSession.updateMany({
    where: { id: row.id, version: row.version },
    data: {
      status: result.state.status,
      questionIndex: result.state.questionIndex,
      lastActivityAt: now,
      version: { increment: 1 },
    },
  });
  return moved.count === 1 ? { ok: true, state: result.state } : { ok: false, reason: "session-moved-on" };
}

export type Participant = { id: string; userId: string; attemptId: string; displayName: string };

export async function findParticipant(
  database: Db,
  sessionId: string,
  userId: string | undefined,
): Promise<Participant | null> {
  if (!userId) return null;
  return database.liveParticipant.findUnique({
    where: { sessionId_userId: { sessionId, userId } },
    select: { id: true, userId: true, attemptId: true, displayName: true },
  });
}

export type AnswerOutcome =
  | { ok: true }
  | {
      ok: false;
      reason:
        "live-session-not-found" | "not-joined" | "session-ended" | "not-current" | "revealed" | "already-answered";
    }
  | { ok: false; reason: "answer-invalid"; issues: { path: string; message: string }[] };

/** One device's answer to the question on screen, scored and stored as an answer of its attempt. */
export async function submitLiveAnswer(
  database: Db,
  userId: string | undefined,
  sessionId: string,
  questionSlug: string,
  answer: unknown,
  now = new Date(),
): Promise<AnswerOutcome> {
  // One plain query for the session and the device's seat: it is on the path of every answer.
  const rows = await database.$queryRaw<
    (Omit<LiveSessionRow, "teacherId" | "classroomId" | "code" | "mode" | "endedAt" | "unitVersionId"> & {
      attemptId: string | null;
    })[]
  >`
    SELECT s."id", s."unitId", s."plan", s."status", s."questionIndex", s."version", s."lastActivityAt", p."attemptId"
    FROM "LiveSession" s LEFT JOIN "LiveParticipant" p ON p."sessionId" = s."id" AND p."userId" = ${userId ?? ""}
    WHERE s."id" = ${sessionId}`;
  const found = rows[0];
  if (!found) return { ok: false, reason: "live-session-not-found" };
  if (!userId || !found.attemptId) return { ok: false, reason: "not-joined" };
  const plan = planSchema.parse(JSON.parse(found.plan));
  const state: LiveState = {
    status: found.status as LiveStatus,
    questionIndex: Number(found.questionIndex),
    questionCount: plan.length,
    lastActivityAt: new Date(found.lastActivityAt),
  };
  const checked = checkAnswer(
    effectiveState(state, now),
    plan.findIndex((p) => p.question === questionSlug),
  );
  if (!checked.ok) return checked;
  const recorded = await recordAnswer(database, { userId }, found.attemptId, questionSlug, answer, now);
  if (recorded.ok) return recorded.replay ? { ok: false, reason: "already-answered" } : { ok: true };
  switch (recorded.reason) {
    case "answer-invalid":
    case "not-in-attempt":
      return { ok: false, reason: "answer-invalid", issues: recorded.issues ?? [] };
    case "answer-final":
    case "attempt-finished":
      return { ok: false, reason: "already-answered" };
    default:
      return { ok: false, reason: "not-joined" };
  }
}

export type ViewerAccess =
  | { ok: true; row: LiveSessionRow; viewer: { kind: "teacher" } | { kind: "participant"; userId: string } }
  | { ok: false; reason: "live-session-not-found" };

/** Who may follow the session: its teacher, and the devices seated in it. */
export async function liveViewer(
  database: Db,
  sessionId: string,
  user: { id: string } | null,
  now = new Date(),
): Promise<ViewerAccess> {
  if (!user) return { ok: false, reason: "live-session-not-found" };
  const row = await findLiveSession(database, { id: sessionId }, now);
  if (!row) return { ok: false, reason: "live-session-not-found" };
  if (row.teacherId === user.id) return { ok: true, row, viewer: { kind: "teacher" } };
  const seat = await findParticipant(database, row.id, user.id);
  return seat
    ? { ok: true, row, viewer: { kind: "participant", userId: user.id } }
    : { ok: false, reason: "live-session-not-found" };
}
