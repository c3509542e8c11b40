import path from "node:path";
import { loadUnitFromDir } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { scoreAnswer } from "@/lib/quiz/answers";
import { getUnit } from "@/lib/content/store";
import { createTestDb, type TestDb } from "@/tests/support/test-database";

// Answers are graded against the question as stored in the database (Question.payload). A unit
// with translations stores the accepted answers of every language, so a student who switched
// language is graded the same.

const fixtureDir = path.join(process.cwd(), "tests", "fixtures", "content", "i18n-sample");

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  const { unit, problems } = loadUnitFromDir(fixtureDir);
  if (!unit) throw new Error(`the fixture unit does not load: ${JSON.stringify(problems)}`);
  await syncContent(testDb.db, [unit]);
});
afterAll(async () => {
  await testDb.cleanup();
});

it("grades a stored short-answer question against the English, Albanian and Serbian answers", async () => {
  const question = (await getUnit(testDb.db, "i18n-sample"))?.questions.find((q) => q.id === "village");
  expect(question?.type).toBe("short-answer");
  for (const answer of ["Banjska", "Banjskë", "banjske", "Banjska e Zveçanit"])
    expect(scoreAnswer(question!, answer)).toMatchObject({ correct: true, score: 1 });
  expect(scoreAnswer(question!, "Zvečan")).toMatchObject({ correct: false, score: 0 });
});
