import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages, type Messages } from "@/lib/i18n/messages";
import type { MasteryLevel } from "@/lib/progress/mastery";
import type { ResponsesWords } from "@/lib/reports/responses";

// The words of the CSV exports' values in the teacher's language, from the "reports" catalogue.
// They are plain messages (no placeholders), read as written: a route handler has no next-intl
// request context, and the catalogue check keeps every language complete.

function plain(messages: Messages | string | undefined, path: string): string {
  let node: Messages | string | undefined = messages;
  for (const part of path.split(".")) node = typeof node === "object" ? node[part] : undefined;
  if (typeof node !== "string") throw new Error(`reports.${path} is not a message`);
  return node;
}

export function csvWords(locale: Locale): { mastery: (level: MasteryLevel) => string; responses: ResponsesWords } {
  const reports = loadMessages(locale).reports;
  const word = (path: string) => plain(reports, path);
  return {
    mastery: (level) => word(`mastery.${level}`),
    responses: {
      answer: {
        true: word("answer.true"),
        false: word("answer.false"),
        blank: word("answer.blank"),
        nothingChosen: word("answer.nothingChosen"),
      },
      quiz: { faq: word("csv.quiz.faq"), unit: word("csv.quiz.unit"), review: word("csv.quiz.review") },
      due: word("csv.due"),
      yes: word("csv.yes"),
      no: word("csv.no"),
    },
  };
}
