import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { attemptSelect, attemptState, findOwnAttempt, notYours, parsePlan, type Failure } from "@/lib/quiz/attempts";
import type { AttemptState } from "@/lib/quiz/types";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

// "Retry the ones I missed": a new attempt of only the questions a finished attempt did not get
// fully right (wrong, partly right or unanswered), in the order and option order they were shown.
// It is a review attempt, so it never counts for an assignment and the quiz page can resume it.

export async function retryMissed(
  database: Db,
  userId: string | undefined,
  attemptId: string,
  locale: Locale = defaultLocale,
): Promise<{ ok: true; state: AttemptState } | Failure> {
  const row = await findOwnAttempt(database, userId, attemptId);
  if (!row) return notYours;
  if (!row.finishedAt) return { ok: false, reason: "attempt-unfinished" };
  const right = await database.response.findMany({
    where: { attemptId: row.id, correct: true },
    select: { questionId: true },
  });
  const done = new Set(right.map((r) => r.questionId.slice(row.unitId.length + 1)));
  const plan = parsePlan(row).filter((item) => !done.has(item.question));
  if (plan.length === 0) return { ok: false, reason: "nothing-missed" };
  const created = await database.attempt.create({
    data: {
      userId: row.userId,
      unitId: row.unitId,
      unitVersionId: row.unitVersionId,
      mode: "review",
      seed: crypto.randomBytes(8).toString("hex"),
      plan: JSON.stringify(plan),
      questionCount: plan.length,
    },
    select: attemptSelect,
  });
  const state = await attemptState(database, created, locale);
  return state ? { ok: true, state } : notYours;
}
