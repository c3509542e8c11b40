import "server-only";
import type { Db } from "@/lib/db";
import { questionSchema, type Question } from "@/lib/content/schema";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { correctChoice } from "@/lib/quiz/answers";
import { questionsOf, versionContent } from "@/lib/quiz/question-bank";
import {
  answerInWords,
  ENGLISH_ANSWER_WORDS,
  storedQuestionIn,
  type AnswerWords,
  unitTitlesIn,
} from "@/lib/reports/localized";

// One student's attempts in full, for their teacher: every answer in words, in the teacher's language
// (`locale`; the stored question's own text where the unit has no translation for it), each answer
// against the question as the version of the unit its attempt was started on has it.

/** `score` is the points earned, 0 to 1: multiple-select can be partly right. */
type AnswerView = {
  questionId: string;
  prompt: string;
  answer: string;
  correct: boolean;
  score: number;
  rightAnswer: string | null;
};
type AttemptView = {
  id: string;
  unitId: string;
  unitTitle: string;
  mode: string;
  startedAt: Date;
  finishedAt: Date | null;
  questionCount: number;
  score: number;
  answers: AnswerView[];
};
export type StudentAttempts = { enrollmentId: string; displayName: string; joinedAt: Date; attempts: AttemptView[] };

export const ATTEMPTS_SHOWN = 50;

/** Null when the enrolment is not on this class's roster. */
export async function fetchStudentAttempts(
  database: Db,
  classId: string,
  enrollmentId: string,
  locale: Locale = defaultLocale,
  words: AnswerWords = ENGLISH_ANSWER_WORDS,
): Promise<StudentAttempts | null> {
  const enrollment = await database.enrollment.findFirst({
    where: { id: enrollmentId, classroomId: classId, removedAt: null },
    select: { id: true, userId: true, displayName: true, joinedAt: true },
  });
  if (!enrollment) return null;
  const attempts = await database.attempt.findMany({
    where: { userId: enrollment.userId },
    orderBy: { startedAt: "desc" },
    take: ATTEMPTS_SHOWN,
    select: {
      id: true,
      unitId: true,
      unitVersionId: true,
      mode: true,
      startedAt: true,
      finishedAt: true,
      questionCount: true,
      score: true,
      unit: { select: { title: true } },
      responses: {
        orderBy: { createdAt: "asc" },
        select: {
          questionId: true,
          choice: true,
          correct: true,
          score: true,
          question: { select: { prompt: true, payload: true } },
        },
      },
    },
  });
  const [titleIn, versions] = await Promise.all([
    unitTitlesIn(database, locale),
    Promise.all(
      [...new Set(attempts.map((a) => a.unitVersionId))].map(
        async (id) => [id, await versionContent(database, id)] as const,
      ),
    ).then((pairs) => new Map(pairs)),
  ]);
  return {
    enrollmentId: enrollment.id,
    displayName: enrollment.displayName,
    joinedAt: enrollment.joinedAt,
    attempts: attempts.map(({ unit, responses, unitVersionId, ...a }) => ({
      ...a,
      unitTitle: titleIn(a.unitId, unit.title),
      answers: responses.map((r) => {
        const version = versions.get(unitVersionId);
        const asked = version && questionsOf(version).get(r.questionId.slice(a.unitId.length + 1));
        if (asked) return answerView(r, storedQuestionIn(asked, version, locale), words);
        let payload: unknown;
        try {
          payload = JSON.parse(r.question.payload);
        } catch {
          payload = null;
        }
        const parsed = questionSchema.safeParse(payload);
        return answerView(r, parsed.success ? parsed.data : null, words);
      }),
    })),
  };
}

type ResponseRow = {
  questionId: string;
  choice: string;
  correct: boolean;
  score: number;
  question: { prompt: string };
};

function answerView(r: ResponseRow, question: Question | null, words: AnswerWords): AnswerView {
  return {
    questionId: r.questionId,
    prompt: question?.prompt ?? r.question.prompt,
    answer: question ? answerInWords(question, r.choice, words) : r.choice,
    correct: r.correct,
    score: r.score,
    rightAnswer: question && !r.correct ? answerInWords(question, correctChoice(question), words) : null,
  };
}
