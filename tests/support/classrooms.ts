import { db, type Db } from "@/lib/db";
import { hashToken } from "@/lib/accounts/sessions";
import { jsonRequest, sessionTokenFrom } from "./requests";
import { POST as signUp } from "@/app/api/auth/signup/route";
import { POST as createClassRoute } from "@/app/api/classes/route";
import { POST as joinRoute } from "@/app/api/classes/join/route";

// Builders shared by the teacher and class integration tests: accounts and classes go through the
// real route handlers; quiz attempts are written as rows, as the quiz would leave them.

let signUps = 0;

/** A new teacher's session; each signs up from an address of its own, as teachers at different schools would. */
export async function teacherToken(email: string, displayName = "Teacher"): Promise<string> {
  signUps++;
  const headers = { "x-forwarded-for": `10.77.${Math.floor(signUps / 250)}.${signUps % 250}` };
  const res = await signUp(
    jsonRequest("/api/auth/signup", { body: { email, password: "correct horse battery", displayName }, headers }),
  );
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status}`);
  return sessionTokenFrom(res)!;
}

export async function newClass(token: string, name: string): Promise<{ id: string; joinCode: string }> {
  const res = await createClassRoute(jsonRequest("/api/classes", { body: { name }, cookie: token }));
  if (res.status !== 201) throw new Error(`create class failed: ${res.status}`);
  return (await res.json()) as { id: string; joinCode: string };
}

export async function joinAs(
  code: string,
  displayName: string,
  token?: string,
): Promise<{ token: string; signInCode: string; userId: string; enrollmentId: string }> {
  const res = await joinRoute(jsonRequest("/api/classes/join", { body: { code, displayName }, cookie: token }));
  if (res.status !== 201) throw new Error(`join failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { signInCode: string };
  const session = sessionTokenFrom(res) ?? token!;
  const user = await db().session.findFirstOrThrow({
    where: { tokenHash: hashToken(session) },
    select: { userId: true },
  });
  const enrollment = await db().enrollment.findFirstOrThrow({
    where: { userId: user.userId, classroom: { joinCode: code } },
  });
  return { token: session, signInCode: body.signInCode, userId: user.userId, enrollmentId: enrollment.id };
}

export type AnswerRow = { question: string; choice: string; correct: boolean };

/** A finished attempt with its responses; `score` is the number correct. */
export async function finishedAttempt(
  database: Db,
  userId: string,
  unitId: string,
  answers: AnswerRow[],
  options: { mode?: string; finishedAt?: Date; questionCount?: number } = {},
): Promise<string> {
  const correct = answers.filter((a) => a.correct).length;
  const finishedAt = options.finishedAt ?? new Date();
  const attempt = await database.attempt.create({
    data: {
      userId,
      unitId,
      unitVersionId: `${unitId}@1`,
      mode: options.mode ?? "unit",
      seed: "test",
      plan: "[]",
      questionCount: options.questionCount ?? answers.length,
      answeredCount: answers.length,
      correctCount: correct,
      score: correct,
      startedAt: new Date(finishedAt.getTime() - 60_000),
      finishedAt,
      responses: {
        create: answers.map((a) => ({
          questionId: `${unitId}/${a.question}`,
          answer: JSON.stringify(a.choice),
          choice: a.choice,
          correct: a.correct,
          score: a.correct ? 1 : 0,
        })),
      },
    },
  });
  return attempt.id;
}
