import "server-only";
import type { Question } from "@/lib/content/schema";
import type { Db } from "@/lib/db";
import { answerLines, choiceInWords, correctAnswerOf } from "@/lib/quiz/answers";
import { eventLinks, sourceLinks } from "@/lib/quiz/feedback";
import { publicQuestion } from "@/lib/quiz/public-view";
import { loadQuestions, questionId, unitContent } from "@/lib/quiz/question-bank";
import type { AnswerValue, EventLink, PublicQuestion, SourceLink } from "@/lib/quiz/types";
import { sessionPlan, stateOf, type LiveSessionRow } from "@/lib/live/sessions";
import { effectiveState } from "@/lib/live/state";

// What the stream sends. Before the reveal a device sees the public question only (no key) and
// how many have answered; the teacher also sees the counts per option. After the reveal everyone
// sees the key, explanation, events, sources and the distribution, each device its own answer.

export type AnswerCount = { label: string; count: number; correct?: boolean };
export type OwnAnswer = { lines: string[]; correct?: boolean };

export type LiveMessage =
  | { type: "question"; index: number; total: number; question: PublicQuestion; yourAnswer?: OwnAnswer | null }
  | { type: "tally"; questionId: string | null; index: number; answered: number; devices: number; counts?: AnswerCount[] }
  | {
      type: "reveal";
      index: number;
      total: number;
      questionId: string;
      question: PublicQuestion;
      answered: number;
      devices: number;
      counts: AnswerCount[];
      correctAnswer: { value: AnswerValue; lines: string[] };
      explanation: string;
      events: EventLink[];
      sources: SourceLink[];
      yourAnswer?: OwnAnswer | null;
    }
  | { type: "ended"; total: number; summary: { questionId: string; prompt: string; answered: number; correct: number }[]; yourScore?: { correct: number; answered: number } };

export type Viewer = { kind: "teacher" } | { kind: "participant"; userId: string };

/** Everything a refresh read from the database, shared by every viewer of the session in a process. */
export type LiveSnapshot = {
  row: LiveSessionRow;
  status: ReturnType<typeof effectiveState>["status"];
  index: number;
  total: number;
  devices: number;
  question: Question | null;
  publicQuestion: PublicQuestion | null;
  choices: Choice[];
  /** The current question's answers by user id (only read when someone needs them). */
  answersByUser: Map<string, { answer: AnswerValue; correct: boolean }>;
  summary: { questionId: string; answered: number; correct: number }[];
  scores: Map<string, { correct: number; answered: number }>;
};

export type Choice = { choice: string; count: number; correct: boolean };

/** The most common answers shown for ordering and short answers. */
export const TOP_ANSWERS = 5;

export async function readSnapshot(database: Db, row: LiveSessionRow, now: Date, withAnswers: boolean): Promise<LiveSnapshot> {
  const state = effectiveState(stateOf(row), now);
  const plan = sessionPlan(row);
  const item = state.questionIndex >= 0 ? plan[state.questionIndex] : undefined;
  const [devices, questions] = await Promise.all([
    database.liveParticipant.count({ where: { sessionId: row.id } }),
    item ? loadQuestions(database, row.unitId, [item.question]) : Promise.resolve(new Map<string, Question>()),
  ]);
  const question = item ? (questions.get(item.question) ?? null) : null;
  const snapshot: LiveSnapshot = {
    row,
    status: state.status,
    index: state.questionIndex,
    total: plan.length,
    devices,
    question,
    publicQuestion: question && item ? publicQuestion(question, item) : null,
    choices: [],
    answersByUser: new Map(),
    summary: [],
    scores: new Map(),
  };
  if (state.status === "ended") {
    const [summary, scores] = await Promise.all([
      database.$queryRaw<{ questionId: string; answered: number | bigint; correct: number | bigint }[]>`
        SELECT r."questionId", COUNT(*) AS "answered", SUM(CASE WHEN r."correct" THEN 1 ELSE 0 END) AS "correct"
        FROM "Response" r JOIN "LiveParticipant" p ON p."attemptId" = r."attemptId"
        WHERE p."sessionId" = ${row.id} GROUP BY r."questionId"`,
      withAnswers
        ? database.$queryRaw<{ userId: string; answered: number | bigint; correct: number | bigint }[]>`
            SELECT p."userId", a."answeredCount" AS "answered", a."correctCount" AS "correct"
            FROM "LiveParticipant" p JOIN "Attempt" a ON a."id" = p."attemptId" WHERE p."sessionId" = ${row.id}`
        : Promise.resolve([]),
    ]);
    snapshot.summary = summary.map((s) => ({ questionId: s.questionId, answered: Number(s.answered), correct: Number(s.correct) }));
    snapshot.scores = new Map(scores.map((s) => [s.userId, { answered: Number(s.answered), correct: Number(s.correct) }]));
    return snapshot;
  }
  if (!question) return snapshot;
  const id = questionId(row.unitId, question.id);
  const [choices, answers] = await Promise.all([
    database.$queryRaw<{ choice: string; count: number | bigint; correct: number | bigint }[]>`
      SELECT r."choice", COUNT(*) AS "count", SUM(CASE WHEN r."correct" THEN 1 ELSE 0 END) AS "correct"
      FROM "Response" r JOIN "LiveParticipant" p ON p."attemptId" = r."attemptId"
      WHERE p."sessionId" = ${row.id} AND r."questionId" = ${id}
      GROUP BY r."choice" ORDER BY COUNT(*) DESC, r."choice"`,
    withAnswers
      ? database.$queryRaw<{ userId: string; answer: string; correct: boolean | number }[]>`
          SELECT p."userId", r."answer", r."correct"
          FROM "Response" r JOIN "LiveParticipant" p ON p."attemptId" = r."attemptId"
          WHERE p."sessionId" = ${row.id} AND r."questionId" = ${id}`
      : Promise.resolve([]),
  ]);
  snapshot.choices = choices.map((c) => ({ choice: c.choice, count: Number(c.count), correct: Number(c.correct) > 0 }));
  snapshot.answersByUser = new Map(answers.map((a) => [a.userId, { answer: JSON.parse(a.answer) as AnswerValue, correct: Boolean(a.correct) }]));
  return snapshot;
}

/**
 * Answers per option for choice questions (every option, in the order shown, chosen or not);
 * for ordering and short answers, the most common answers.
 */
export function answerCounts(question: Question, choices: Choice[], withKey: boolean, shown?: PublicQuestion | null): AnswerCount[] {
  const mark = (correct: boolean) => (withKey ? { correct } : {});
  if (question.type === "single" || question.type === "multiple") {
    const key = new Set(question.type === "single" ? [question.answer] : question.answers);
    const options = shown && "options" in shown ? shown.options : question.options;
    return options.map((option) => ({
      label: option.text,
      count: choices.filter((c) => c.choice.split(",").includes(option.id)).reduce((sum, c) => sum + c.count, 0),
      ...mark(key.has(option.id)),
    }));
  }
  if (question.type === "true-false") {
    return [true, false].map((value) => ({
      label: value ? "True" : "False",
      count: choices.find((c) => c.choice === String(value))?.count ?? 0,
      ...mark(question.answer === value),
    }));
  }
  return choices.slice(0, TOP_ANSWERS).map((c) => ({ label: choiceInWords(question, c.choice), count: c.count, ...mark(c.correct) }));
}

function ownAnswer(snapshot: LiveSnapshot, viewer: Viewer, withKey: boolean): OwnAnswer | null | undefined {
  if (viewer.kind !== "participant" || !snapshot.question) return undefined;
  const given = snapshot.answersByUser.get(viewer.userId);
  if (!given) return null;
  const lines = answerLines(snapshot.question, given.answer);
  return withKey ? { lines, correct: given.correct } : { lines };
}

/** The messages that make up the session's current state for one viewer, the main one first. */
export function messagesFor(snapshot: LiveSnapshot, viewer: Viewer): LiveMessage[] {
  const { status, index, total, devices, question } = snapshot;
  if (status === "ended") {
    const unit = unitContent(snapshot.row.unitId);
    const prompts = new Map((unit?.questions ?? []).map((q) => [questionId(snapshot.row.unitId, q.id), q.prompt]));
    const byQuestion = new Map(snapshot.summary.map((s) => [s.questionId, s]));
    const summary = sessionPlan(snapshot.row).map((item) => {
      const id = questionId(snapshot.row.unitId, item.question);
      return { questionId: item.question, prompt: prompts.get(id) ?? item.question, answered: byQuestion.get(id)?.answered ?? 0, correct: byQuestion.get(id)?.correct ?? 0 };
    });
    const score = viewer.kind === "participant" ? snapshot.scores.get(viewer.userId) : undefined;
    return [{ type: "ended", total, summary, ...(score ? { yourScore: score } : {}) }];
  }
  const answered = snapshot.choices.reduce((sum, c) => sum + c.count, 0);
  const tally: LiveMessage = {
    type: "tally",
    questionId: question?.id ?? null,
    index,
    answered,
    devices,
    ...(viewer.kind === "teacher" && question ? { counts: answerCounts(question, snapshot.choices, false, snapshot.publicQuestion) } : {}),
  };
  if (status === "lobby" || !question || !snapshot.publicQuestion) return [tally];
  if (status === "question") {
    const own = ownAnswer(snapshot, viewer, false);
    return [{ type: "question", index, total, question: snapshot.publicQuestion, ...(own !== undefined ? { yourAnswer: own } : {}) }, tally];
  }
  const unit = unitContent(snapshot.row.unitId);
  const own = ownAnswer(snapshot, viewer, true);
  return [
    {
      type: "reveal",
      index,
      total,
      questionId: question.id,
      question: snapshot.publicQuestion,
      answered,
      devices,
      counts: answerCounts(question, snapshot.choices, true, snapshot.publicQuestion),
      correctAnswer: correctAnswerOf(question),
      explanation: question.explanation,
      events: unit ? eventLinks(unit, question.eventIds) : [],
      sources: unit ? sourceLinks(unit, question) : [],
      ...(own !== undefined ? { yourAnswer: own } : {}),
    },
    tally,
  ];
}
