import "server-only";
import { Prisma } from "@/generated/sqlite/client";

/**
 * An attempt's score as a share of its questions, 0 to 1, in SQL: points (partial credit included)
 * over the number of questions. Written once, so the learner's progress, the teacher's score table
 * and the item analysis's ranking agree to the last digit. `alias` names the Attempt table.
 */
export function attemptShareSql(alias?: string): Prisma.Sql {
  const column = (name: string) => (alias ? `${alias}."${name}"` : `"${name}"`);
  return Prisma.raw(
    `CASE WHEN ${column("questionCount")} > 0 THEN CAST(${column("score")} AS DOUBLE PRECISION) / ${column("questionCount")} ELSE 0 END`,
  );
}
