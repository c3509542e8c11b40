import "server-only";
import { localizeQuestion, localizeUnit } from "@/lib/content/localize";
import type { Question, Unit } from "@/lib/content/schema";
import type { Db } from "@/lib/db";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { answerLines, choiceLines, correctAnswerOf } from "@/lib/quiz/answers";
import { eventLinks, sourceLinks } from "@/lib/quiz/feedback";
import { publicQuestion } from "@/lib/quiz/public-view";
import { questionId, questionsOf, versionContent } from "@/lib/quiz/question-bank";
import type { AnswerValue, EventLink, PublicQuestion, SourceLink } from "@/lib/quiz/types";
import { sessionPlan, stateOf, type LiveSessionRow } from "@/lib/live/sessions";
import { effectiveState } from "@/lib/live/state";

// What the stream sends. Before the reveal a device sees the public question only (no key) and
// how many have answered; the teacher also sees the counts per option. After the reveal everyone
// sees the key, explanation, events, sources and the distribution, each device its own answer.
//
// Languages: the database read (LiveSnapshot) and the fan-out between processes carry ids only.
// Each connection has its own language, and its messages are put into words at the last step,
// by messagesFor: question, options, explanation and event titles from the unit's translation
// (localizeUnit), the few words that are not content ("True", "(left blank)") from the "live"
// catalogue. A session's devices may each follow it in a different language.

export type AnswerCount = { label: string; count: number; correct?: boolean };
type OwnAnswer = { lines: string[]; correct?: boolean };

export type LiveMessage =
  | { type: "question"; index: number; total: number; question: PublicQuestion; yourAnswer?: OwnAnswer | null }
  | {
      type: "tally";
      questionId: string | null;
      index: number;
      answered: number;
      devices: number;
      counts?: AnswerCount[];
    }
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
  | {
      type: "ended";
      total: number;
      summary: { questionId: string; prompt: string; answered: number; correct: number }[];
      yourScore?: { correct: number; answered: number };
    };

export type Viewer = { kind: "teacher" } | { kind: "participant"; userId: string };

/** Everything a refresh read from the database, shared by every viewer of the session in a process. */
export type LiveSnapshot = {
  row: LiveSessionRow;
  /** The unit version the session was started on, in English. */
  unit: Unit | undefined;
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
const TOP_ANSWERS = 5;

export async function readSnapshot(
  database: Db,
  row: LiveSessionRow,
  now: Date,
  withAnswers: boolean,
): Promise<LiveSnapshot> {
  const state = effectiveState(stateOf(row), now);
  const plan = sessionPlan(row);
  const item = state.questionIndex >= 0 ? plan[state.questionIndex] : undefined;
  const [devices, unit] = await Promise.all([
    database.liveParticipant.count({ where: { sessionId: row.id } }),
    versionContent(database, row.unitVersionId),
  ]);
  const question = item && unit ? (questionsOf(unit).get(item.question) ?? null) : null;
  const snapshot: LiveSnapshot = {
    row,
    unit,
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
    snapshot.summary = summary.map((s) => ({
      questionId: s.questionId,
      answered: Number(s.answered),
      correct: Number(s.correct),
    }));
    snapshot.scores = new Map(
      scores.map((s) => [s.userId, { answered: Number(s.answered), correct: Number(s.correct) }]),
    );
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
  snapshot.answersByUser = new Map(
    answers.map((a) => [a.userId, { answer: JSON.parse(a.answer) as AnswerValue, correct: Boolean(a.correct) }]),
  );
  return snapshot;
}

/** The words an answer needs that are not content, in one language (messages/<locale>/live.json "answer"). */
export type AnswerWords = { true: string; false: string; blank: string; nothingChosen: string };

const ENGLISH_WORDS: AnswerWords = {
  true: "True",
  false: "False",
  blank: "(left blank)",
  nothingChosen: "(nothing chosen)",
};

export function answerWords(locale: Locale): AnswerWords {
  const catalogue = loadMessages(locale).live?.answer;
  const word = (key: keyof AnswerWords) => {
    const text = typeof catalogue === "object" ? catalogue[key] : undefined;
    return typeof text === "string" ? text : ENGLISH_WORDS[key];
  };
  return { true: word("true"), false: word("false"), blank: word("blank"), nothingChosen: word("nothingChosen") };
}

/** A stored answer (Response.choice) on one line, in the question's words and `words`. */
function choiceLabel(question: Question, choice: string, words: AnswerWords): string {
  if (question.type === "true-false") return choice === "true" ? words.true : choice === "false" ? words.false : choice;
  const lines = choiceLines(question, choice);
  if (lines.length === 0) return question.type === "multiple" ? words.nothingChosen : words.blank;
  return lines.join(question.type === "order" ? " → " : "; ");
}

/** An answer in words, a line per part (true/false in `words`). */
function linesOf(question: Question, answer: AnswerValue, words: AnswerWords): string[] {
  return question.type === "true-false" ? [answer === true ? words.true : words.false] : answerLines(question, answer);
}

/**
 * Answers per option for choice questions (every option, in the order shown, chosen or not);
 * for ordering and short answers, the most common answers.
 */
export function answerCounts(
  question: Question,
  choices: Choice[],
  withKey: boolean,
  shown?: PublicQuestion | null,
  words: AnswerWords = ENGLISH_WORDS,
): AnswerCount[] {
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
      label: value ? words.true : words.false,
      count: choices.find((c) => c.choice === String(value))?.count ?? 0,
      ...mark(question.answer === value),
    }));
  }
  return choices
    .slice(0, TOP_ANSWERS)
    .map((c) => ({ label: choiceLabel(question, c.choice, words), count: c.count, ...mark(c.correct) }));
}

/** The snapshot's texts in one language, worked out once per read and language, however many devices use it. */
type InLocale = {
  question: Question | null;
  publicQuestion: PublicQuestion | null;
  unit: Unit | undefined;
  words: AnswerWords;
};

const inLocaleCache = new WeakMap<LiveSnapshot, Map<Locale, InLocale>>();

function inLocale(snapshot: LiveSnapshot, locale: Locale): InLocale {
  let byLocale = inLocaleCache.get(snapshot);
  if (!byLocale) inLocaleCache.set(snapshot, (byLocale = new Map()));
  let found = byLocale.get(locale);
  if (found) return found;
  const source = snapshot.unit;
  const unit = source && localizeUnit(source, locale);
  // English keeps the stored question (the version the class was shown); another language takes
  // the texts of the unit's translation by question and option id, the key stays the stored one.
  const question =
    snapshot.question && source && locale !== defaultLocale
      ? localizeQuestion(snapshot.question, source, locale)
      : snapshot.question;
  const item = question && question !== snapshot.question ? sessionPlan(snapshot.row)[snapshot.index] : undefined;
  found = {
    question,
    publicQuestion: question && item ? publicQuestion(question, item) : snapshot.publicQuestion,
    unit,
    words: answerWords(locale),
  };
  byLocale.set(locale, found);
  return found;
}

function ownAnswer(
  snapshot: LiveSnapshot,
  viewer: Viewer,
  withKey: boolean,
  local: InLocale,
): OwnAnswer | null | undefined {
  if (viewer.kind !== "participant" || !local.question) return undefined;
  const given = snapshot.answersByUser.get(viewer.userId);
  if (!given) return null;
  const lines = linesOf(local.question, given.answer, local.words);
  return withKey ? { lines, correct: given.correct } : { lines };
}

/** The messages that make up the session's current state for one viewer in `locale`, the main one first. */
export function messagesFor(snapshot: LiveSnapshot, viewer: Viewer, locale: Locale = defaultLocale): LiveMessage[] {
  const { status, index, total, devices } = snapshot;
  const local = inLocale(snapshot, locale);
  if (status === "ended") {
    const prompts = new Map(
      (local.unit?.questions ?? []).map((q) => [questionId(snapshot.row.unitId, q.id), q.prompt]),
    );
    const byQuestion = new Map(snapshot.summary.map((s) => [s.questionId, s]));
    const summary = sessionPlan(snapshot.row).map((item) => {
      const id = questionId(snapshot.row.unitId, item.question);
      return {
        questionId: item.question,
        prompt: prompts.get(id) ?? item.question,
        answered: byQuestion.get(id)?.answered ?? 0,
        correct: byQuestion.get(id)?.correct ?? 0,
      };
    });
    const score = viewer.kind === "participant" ? snapshot.scores.get(viewer.userId) : undefined;
    return [{ type: "ended", total, summary, ...(score ? { yourScore: score } : {}) }];
  }
  const { question, publicQuestion: shown, unit, words } = local;
  const answered = snapshot.choices.reduce((sum, c) => sum + c.count, 0);
  const tally: LiveMessage = {
    type: "tally",
    questionId: question?.id ?? null,
    index,
    answered,
    devices,
    ...(viewer.kind === "teacher" && question
      ? { counts: answerCounts(question, snapshot.choices, false, shown, words) }
      : {}),
  };
  if (status === "lobby" || !question || !shown) return [tally];
  if (status === "question") {
    const own = ownAnswer(snapshot, viewer, false, local);
    return [
      { type: "question", index, total, question: shown, ...(own !== undefined ? { yourAnswer: own } : {}) },
      tally,
    ];
  }
  const own = ownAnswer(snapshot, viewer, true, local);
  const key = correctAnswerOf(question);
  return [
    {
      type: "reveal",
      index,
      total,
      questionId: question.id,
      question: shown,
      answered,
      devices,
      counts: answerCounts(question, snapshot.choices, true, shown, words),
      correctAnswer:
        question.type === "true-false" ? { value: key.value, lines: linesOf(question, question.answer, words) } : key,
      explanation: question.explanation,
      events: unit ? eventLinks(unit, question.eventIds) : [],
      sources: unit ? sourceLinks(unit, question) : [],
      ...(own !== undefined ? { yourAnswer: own } : {}),
    },
    tally,
  ];
}
