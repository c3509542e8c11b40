import "server-only";
import type { Db } from "@/lib/db";
import type { Question, Unit } from "@/lib/content/schema";
import { misconceptionsFor } from "@/lib/quiz/answers";
import { answerInWords, ENGLISH_ANSWER_WORDS, type AnswerWords } from "@/lib/reports/localized";
import { discrimination, groupSize, shareCorrect, WEAK_SHARE } from "@/lib/reports/item-stats";
import { attemptShareSql } from "@/lib/quiz/attempt-share";

// Item analysis of one unit's questions for one class: the database counts (per question, and
// per wrong choice), this module only names what it counted from the unit's content. Pass the unit
// in the teacher's language (getUnit(slug, locale)): answers are stored by option id, so the same
// counts read in any language.

type WrongAnswer = { choice: string; text: string; count: number; misconceptions: string[] };
type ItemStats = {
  questionId: string;
  prompt: string;
  type: Question["type"];
  answered: number;
  correct: number;
  shareCorrect: number | null;
  discrimination: number | null;
  wrongAnswers: WrongAnswer[];
  events: { id: string; title: string; date: string }[];
};
type EventToRevisit = { id: string; title: string; date: string; weakQuestions: number };
export type ItemAnalysis = {
  unitId: string;
  attempts: number;
  groupSize: number;
  items: ItemStats[];
  revisit: EventToRevisit[];
};

/** One row per (question, choice, right or wrong): how often, and how often by each group. */
type ChoiceAggregate = {
  questionId: string;
  choice: string;
  isCorrect: number;
  n: number;
  upperN: number;
  lowerN: number;
  total: number;
};

const TOP_WRONG_ANSWERS = 3;

type QuestionTotals = {
  answered: number;
  correct: number;
  upperN: number;
  upperCorrect: number;
  lowerN: number;
  lowerCorrect: number;
};

export async function fetchItemAnalysis(
  database: Db,
  classId: string,
  unit: Unit,
  words: AnswerWords = ENGLISH_ANSWER_WORDS,
): Promise<ItemAnalysis> {
  const unitId = unit.meta.slug;
  // One pass over the class's answers to this unit. Finished attempts are ranked by share
  // correct; the top and bottom 27% (rounded up) form the upper and lower groups. The database
  // groups the answers by question and choice, so what reaches JavaScript is a few rows per
  // question, however many attempts there are.
  const rows = await database.$queryRaw<ChoiceAggregate[]>`
    WITH att AS (
      SELECT a."id", ${attemptShareSql("a")} AS share
      FROM "Attempt" a JOIN "Enrollment" e ON e."userId" = a."userId"
      WHERE e."classroomId" = ${classId} AND e."removedAt" IS NULL
        AND a."unitId" = ${unitId} AND a."finishedAt" IS NOT NULL
    ), ranked AS (
      SELECT "id", ROW_NUMBER() OVER (ORDER BY share DESC, "id") AS rn, COUNT(*) OVER () AS total FROM att
    ), grouped AS (
      SELECT "id", total,
             CASE WHEN (rn - 1) * 100 < total * 27 THEN 1 ELSE 0 END AS "inUpper",
             CASE WHEN (total - rn) * 100 < total * 27 THEN 1 ELSE 0 END AS "inLower"
      FROM ranked
    )
    SELECT r."questionId", r."choice",
           CASE WHEN r."correct" THEN 1 ELSE 0 END AS "isCorrect",
           CAST(COUNT(*) AS INTEGER) AS "n",
           CAST(SUM(g."inUpper") AS INTEGER) AS "upperN",
           CAST(SUM(g."inLower") AS INTEGER) AS "lowerN",
           CAST(MAX(g.total) AS INTEGER) AS "total"
    FROM "Response" r JOIN grouped g ON g."id" = r."attemptId"
    GROUP BY r."questionId", r."choice", r."correct"`;

  const totals = new Map<string, QuestionTotals>();
  const wrongBy = new Map<string, { choice: string; n: number }[]>();
  let attempts = 0;
  for (const row of rows) {
    const n = Number(row.n);
    const upper = Number(row.upperN);
    const lower = Number(row.lowerN);
    const correct = Number(row.isCorrect) === 1;
    attempts = Math.max(attempts, Number(row.total));
    const t = totals.get(row.questionId) ?? {
      answered: 0,
      correct: 0,
      upperN: 0,
      upperCorrect: 0,
      lowerN: 0,
      lowerCorrect: 0,
    };
    t.answered += n;
    t.upperN += upper;
    t.lowerN += lower;
    if (correct) {
      t.correct += n;
      t.upperCorrect += upper;
      t.lowerCorrect += lower;
    } else {
      wrongBy.set(row.questionId, [...(wrongBy.get(row.questionId) ?? []), { choice: row.choice, n }]);
    }
    totals.set(row.questionId, t);
  }

  const eventsById = new Map(unit.events.map((e) => [e.id, e]));

  const items: ItemStats[] = unit.questions.map((question) => {
    const id = `${unitId}/${question.id}`;
    const agg = totals.get(id);
    const answered = agg?.answered ?? 0;
    const correct = agg?.correct ?? 0;
    return {
      questionId: id,
      prompt: question.prompt,
      type: question.type,
      answered,
      correct,
      shareCorrect: shareCorrect(correct, answered),
      discrimination: agg ? discrimination(agg) : null,
      wrongAnswers: (wrongBy.get(id) ?? [])
        .sort((a, b) => b.n - a.n || a.choice.localeCompare(b.choice))
        .slice(0, TOP_WRONG_ANSWERS)
        .map((w) => ({
          choice: w.choice,
          text: answerInWords(question, w.choice, words),
          count: w.n,
          misconceptions: misconceptionsFor(question, w.choice),
        })),
      events: question.eventIds
        .map((eventId) => eventsById.get(eventId))
        .filter((e) => e !== undefined)
        .map((e) => ({ id: e.id, title: e.title, date: e.date })),
    };
  });

  const revisit = new Map<string, EventToRevisit>();
  for (const item of items) {
    if (item.shareCorrect === null || item.shareCorrect >= WEAK_SHARE) continue;
    for (const e of item.events) {
      const entry = revisit.get(e.id) ?? { ...e, weakQuestions: 0 };
      entry.weakQuestions++;
      revisit.set(e.id, entry);
    }
  }
  return {
    unitId,
    attempts,
    groupSize: groupSize(attempts),
    items,
    revisit: [...revisit.values()].sort((a, b) => b.weakQuestions - a.weakQuestions || a.date.localeCompare(b.date)),
  };
}
