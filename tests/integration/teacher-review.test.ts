import { jsonRequest } from "@/tests/support/requests";
import { createTestDb, type TestDb } from "@/tests/support/test-database";
import { finishedAttempt, joinAs, newClass, teacherToken } from "@/tests/support/classrooms";
import { GET as scoresCsvRoute } from "@/app/[locale]/teacher/classes/[id]/scores.csv/route";
import { GET as responsesCsvRoute } from "@/app/[locale]/teacher/classes/[id]/responses.csv/route";
import { GET as itemsRoute } from "@/app/api/classes/[id]/items/route";
import { GET as scoresRoute } from "@/app/api/classes/[id]/scores/route";
import { syncContent } from "@/lib/content/sync";
import { contentUnit as getUnit, contentUnits as getUnits } from "@/tests/support/content";
import { fetchScoreTable, type ScoreTable } from "@/lib/reports/score-table";
import { fetchItemAnalysis, type ItemAnalysis } from "@/lib/reports/item-analysis";
import { fetchStudentAttempts } from "@/lib/reports/student-attempts";

// A class of five whose answers are worked out by hand:
//   attempt  faq-cause            kfor-since-1999   questions  share
//   A1       ✓                    ✓                 2          1.00   (an hour ago)
//   A0       ✓                    ✗ false           4          0.25   (latest)
//   B        ✓                    ✗ false           3          0.33
//   C        ✗ protest-at-town…   ✓                 2          0.50
//   D        ✗ protest-at-town…   ✗ false           2          0.00
//   E        no attempts
// Ranked: A1, C, B, A0, D → 27% of 5 rounded up = 2: upper {A1, C}, lower {A0, D}.
// A student of another class (X) answers too and must not count.

const UNIT = "northern-kosovo-2023";
const FAQ = "faq-cause";
const TF = "kfor-since-1999";
const right = (question: string, choice: string) => ({ question, choice, correct: true });
const wrong = (question: string, choice: string) => ({ question, choice, correct: false });
const p = (id: string) => ({ params: Promise.resolve({ id }) });

let t: TestDb;
let teacher: string;
let classId: string;
let className: string;
const ids: Record<string, { userId: string; enrollmentId: string }> = {};

beforeAll(async () => {
  t = await createTestDb();
  await syncContent(t.db, getUnits());
  teacher = await teacherToken("review@example.org");
  className = 'Civics, "10B"';
  const cls = await newClass(teacher, className);
  classId = cls.id;
  for (const name of ["A", "B", "C", "D", "E"])
    ids[name] = await joinAs(cls.joinCode, name === "A" ? '=HYPERLINK("x")' : name);
  const other = await newClass(await teacherToken("other@example.org"), "Other");
  const x = await joinAs(other.joinCode, "X");

  const hourAgo = new Date(Date.now() - 3_600_000);
  await finishedAttempt(t.db, ids.A!.userId, UNIT, [right(FAQ, "police-patrol-ambushed"), right(TF, "true")], {
    finishedAt: hourAgo,
  });
  await finishedAttempt(t.db, ids.A!.userId, UNIT, [right(FAQ, "police-patrol-ambushed"), wrong(TF, "false")], {
    questionCount: 4,
  });
  await finishedAttempt(t.db, ids.B!.userId, UNIT, [right(FAQ, "police-patrol-ambushed"), wrong(TF, "false")], {
    questionCount: 3,
  });
  await finishedAttempt(t.db, ids.C!.userId, UNIT, [wrong(FAQ, "protest-at-town-hall"), right(TF, "true")]);
  await finishedAttempt(t.db, ids.D!.userId, UNIT, [wrong(FAQ, "protest-at-town-hall"), wrong(TF, "false")]);
  await finishedAttempt(t.db, x.userId, UNIT, [wrong(FAQ, "serbian-army-crossed"), wrong(TF, "false")]);
  // An unfinished attempt is not scored.
  await t.db.attempt.create({
    data: {
      userId: ids.E!.userId,
      unitId: UNIT,
      unitVersionId: `${UNIT}@1`,
      mode: "unit",
      seed: "s",
      plan: "[]",
      questionCount: 5,
    },
  });
  // A has read every event of the unit, B two of them.
  const events = await t.db.timelineEvent.findMany({ where: { unitId: UNIT, retiredAt: null }, select: { id: true } });
  await t.db.eventRead.createMany({ data: events.map((e) => ({ userId: ids.A!.userId, eventId: e.id })) });
  await t.db.eventRead.createMany({ data: events.slice(0, 2).map((e) => ({ userId: ids.B!.userId, eventId: e.id })) });
});
afterAll(() => t.cleanup());

describe("score table", () => {
  let table: ScoreTable;
  beforeAll(async () => {
    table = await fetchScoreTable(t.db, classId);
  });
  const row = (name: string) => table.students.find((s) => s.enrollmentId === ids[name]!.enrollmentId)!.units[UNIT]!;

  it("lists the class's students only, with every unit", () => {
    expect(table.students).toHaveLength(5);
    expect(table.units.map((u) => u.id)).toContain(UNIT);
    expect(table.units.find((u) => u.id === UNIT)!.eventsTotal).toBe(getUnit(UNIT)!.events.length);
  });

  it("gives best and last score, attempts, events read and mastery", () => {
    const a = row("A");
    expect(a).toMatchObject({
      attempts: 2,
      best: 1,
      last: 0.25,
      mastery: "mastered",
      eventsRead: getUnit(UNIT)!.events.length,
    });
    expect(row("B")).toMatchObject({ attempts: 1, mastery: "attempted", eventsRead: 2 });
    expect(row("B").best).toBeCloseTo(1 / 3);
    expect(row("C")).toMatchObject({ attempts: 1, best: 0.5, last: 0.5, mastery: "familiar" });
    expect(row("D")).toMatchObject({ attempts: 1, best: 0, mastery: "attempted" });
    expect(row("E")).toMatchObject({ attempts: 0, best: null, last: null, mastery: "not-started", eventsRead: 0 });
  });

  it("shows an unfinished attempt as in progress, with answered and right so far", () => {
    expect(row("E").inProgress).toMatchObject({ answered: 0, correct: 0, total: 5 });
    expect(row("A").inProgress).toBeNull();
  });

  it("keeps to one kind of quiz when asked, while mastery still counts every quiz", async () => {
    const faqOnly = await fetchScoreTable(t.db, classId, "faq");
    const a = faqOnly.students.find((s) => s.enrollmentId === ids.A!.enrollmentId)!.units[UNIT]!;
    expect(a).toMatchObject({ attempts: 0, best: null, last: null, mastery: "mastered" });
    expect(faqOnly.students.find((s) => s.enrollmentId === ids.E!.enrollmentId)!.units[UNIT]!.inProgress).toBeNull();
    const res = await scoresRoute(
      jsonRequest(`/api/classes/${classId}/scores?mode=unit`, { cookie: teacher }),
      p(classId),
    );
    const unitOnly = (await res.json()) as ScoreTable;
    expect(unitOnly.mode).toBe("unit");
    expect(unitOnly.students.find((s) => s.enrollmentId === ids.A!.enrollmentId)!.units[UNIT]).toMatchObject({
      attempts: 2,
      best: 1,
    });
  });

  it("is served as JSON for the page to poll", async () => {
    const res = await scoresRoute(jsonRequest(`/api/classes/${classId}/scores`, { cookie: teacher }), p(classId));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toMatch(/no-store/);
    const body = (await res.json()) as ScoreTable;
    expect(body.students.map((s) => s.displayName).sort()).toEqual(['=HYPERLINK("x")', "B", "C", "D", "E"].sort());
  });
});

describe("item analysis", () => {
  let analysis: ItemAnalysis;
  beforeAll(async () => {
    analysis = await fetchItemAnalysis(t.db, classId, getUnit(UNIT)!);
  });
  const item = (slug: string) => analysis.items.find((i) => i.questionId === `${UNIT}/${slug}`)!;

  it("counts the class's finished attempts and the size of the upper and lower groups", () => {
    expect(analysis.attempts).toBe(5);
    expect(analysis.groupSize).toBe(2);
  });

  it("gives share correct and discrimination per question", () => {
    expect(item(FAQ)).toMatchObject({ answered: 5, correct: 3, shareCorrect: 0.6, discrimination: 0 });
    expect(item(TF)).toMatchObject({ answered: 5, correct: 2, shareCorrect: 0.4, discrimination: 1 });
    const untouched = analysis.items.find((i) => i.answered === 0)!;
    expect(untouched).toMatchObject({ shareCorrect: null, discrimination: null, wrongAnswers: [] });
  });

  it("names the most chosen wrong answers with counts and the misconception behind them", () => {
    expect(item(FAQ).wrongAnswers).toEqual([
      {
        choice: "protest-at-town-hall",
        text: "Serb protesters clashed with soldiers guarding a town hall",
        count: 2,
        misconceptions: [expect.stringMatching(/Zvečan protests/)],
      },
    ]);
    expect(item(TF).wrongAnswers).toEqual([{ choice: "false", text: "False", count: 3, misconceptions: [] }]);
  });

  it("says which events to go over again: those of questions most of the class missed", () => {
    expect(item(FAQ).events.map((e) => e.id)).toEqual(["banjska-ambush"]);
    expect(analysis.revisit.map((e) => e.id)).toEqual(["unsc-resolution-1244"]);
  });

  it("is served as JSON for a named unit, with 400/404 for a missing or unknown one", async () => {
    const ok = await itemsRoute(
      jsonRequest(`/api/classes/${classId}/items?unit=${UNIT}`, { cookie: teacher }),
      p(classId),
    );
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as ItemAnalysis).attempts).toBe(5);
    expect(
      (await itemsRoute(jsonRequest(`/api/classes/${classId}/items`, { cookie: teacher }), p(classId))).status,
    ).toBe(400);
    expect(
      (
        await itemsRoute(
          jsonRequest(`/api/classes/${classId}/items?unit=no-such-unit`, { cookie: teacher }),
          p(classId),
        )
      ).status,
    ).toBe(404);
  });
});

describe("a student's attempts", () => {
  it("shows every answer in words, whether it was right, and the right answer", async () => {
    const c = await fetchStudentAttempts(t.db, classId, ids.C!.enrollmentId);
    expect(c!.attempts).toHaveLength(1);
    const [faq, tf] = c!.attempts[0]!.answers;
    expect(faq).toMatchObject({
      prompt: expect.stringMatching(/What started the clashes/),
      answer: "Serb protesters clashed with soldiers guarding a town hall",
      correct: false,
      rightAnswer: expect.stringMatching(/Gunmen ambushed a Kosovo Police patrol/),
    });
    expect(tf).toMatchObject({ answer: "True", correct: true, rightAnswer: null });
  });

  it("finds nobody through another class's id", async () => {
    const other = await t.db.classroom.findFirstOrThrow({ where: { name: "Other" } });
    expect(await fetchStudentAttempts(t.db, other.id, ids.C!.enrollmentId)).toBeNull();
  });
});

describe("scores.csv", () => {
  it("downloads one row per student, UTF-8 with BOM, quoted and with formulas neutralised", async () => {
    const res = await scoresCsvRoute(
      jsonRequest(`/teacher/classes/${classId}/scores.csv`, { cookie: teacher }),
      p(classId),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="civics-10b-scores-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split("\r\n");
    expect(lines).toHaveLength(1 + 5 + 1);
    expect(lines[0]).toMatch(/^Student,Joined,"Northern Kosovo[^"]*: best %"|^Student,Joined,[^,]*: best %/);
    const a = lines.find((l) => l.includes("HYPERLINK"))!;
    expect(a.startsWith(`"'=HYPERLINK(""x"")",`)).toBe(true);
    expect(a).toMatch(/,100,25,2,Mastered,\d+$/);
    expect(lines.find((l) => l.startsWith("E,"))).toMatch(/,,,0,Not started,0$/);
  });
});

describe("responses.csv", () => {
  const download = async (query = "", cookie = teacher) => {
    const res = await responsesCsvRoute(
      jsonRequest(`/teacher/classes/${classId}/responses.csv${query}`, { cookie }),
      p(classId),
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { res, bytes, lines: new TextDecoder().decode(bytes.slice(3)).split("\r\n") };
  };

  it("has one row per answer of the class's students, in words, with points and the time in the asked zone", async () => {
    const { res, bytes, lines } = await download("?tz=Asia/Tokyo");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="civics-10b-responses-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe("Student,Assignment,Attempt,Quiz,Question,Answer,Correct,Points,Answered at (Asia/Tokyo)");
    // A: 2 attempts × 2 answers, B, C, D: 2 answers each; X is in another class; E answered nothing.
    expect(lines).toHaveLength(1 + 10 + 1);
    const a = lines.filter((l) => l.includes("HYPERLINK"));
    expect(a).toHaveLength(4);
    expect(a.every((l) => l.startsWith(`"'=HYPERLINK(""x"")",`))).toBe(true);
    const cRow = lines.find((l) => l.startsWith("C,") && l.includes(",no,"))!;
    expect(cRow).toContain("Serb protesters clashed with soldiers guarding a town hall");
    expect(cRow).toMatch(/,no,0,\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const stored = await t.db.response.findFirstOrThrow({
      where: { attempt: { userId: ids.C!.userId }, correct: false },
    });
    const tokyo = new Date(stored.createdAt.getTime() + 9 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
    expect(cRow.endsWith(tokyo)).toBe(true);
    expect(lines.join("\n")).not.toContain("X,");
  });

  it("is refused to anyone but the class's teacher, and an unknown assignment is a 404", async () => {
    const other = await teacherToken("csv-other@example.org");
    expect((await download("", other)).res.status).toBe(404);
    expect((await download("?assignment=abcdefghij12")).res.status).toBe(404);
  });
});

describe("in the teacher's language", () => {
  // Answers are stored by option id: the same counts and answers read in the teacher's language,
  // whatever language the students used. The expected texts come from the unit's translations.
  const option = (locale: "sq" | "sr-Latn", question: string, id: string) => {
    const q = getUnit(UNIT, locale)!.questions.find((x) => x.id === question)!;
    return q.type === "single" || q.type === "multiple" ? q.options.find((o) => o.id === id)!.text : "";
  };
  const prompt = (locale: "sq" | "sr-Latn", question: string) =>
    getUnit(UNIT, locale)!.questions.find((x) => x.id === question)!.prompt;
  const words = { true: "E vërtetë", false: "E gabuar", blank: "(lënë bosh)", nothingChosen: "(asgjë e zgjedhur)" };

  it("the item analysis names options in the unit's translation, with the same counts", async () => {
    const english = await fetchItemAnalysis(t.db, classId, getUnit(UNIT)!);
    const albanian = await fetchItemAnalysis(t.db, classId, getUnit(UNIT, "sq")!, words);
    const faq = albanian.items.find((i) => i.questionId === `${UNIT}/${FAQ}`)!;
    expect(option("sq", FAQ, "protest-at-town-hall")).not.toBe(
      "Serb protesters clashed with soldiers guarding a town hall",
    );
    expect(faq.prompt).toBe(prompt("sq", FAQ));
    expect(faq.wrongAnswers).toEqual([
      expect.objectContaining({
        choice: "protest-at-town-hall",
        text: option("sq", FAQ, "protest-at-town-hall"),
        count: 2,
      }),
    ]);
    expect(albanian.items.find((i) => i.questionId === `${UNIT}/${TF}`)!.wrongAnswers[0]).toMatchObject({
      text: "E gabuar",
      count: 3,
    });
    expect(
      albanian.items.map(({ answered, correct, discrimination }) => ({ answered, correct, discrimination })),
    ).toEqual(english.items.map(({ answered, correct, discrimination }) => ({ answered, correct, discrimination })));
  });

  it("a student's answers are shown in the teacher's language", async () => {
    const c = await fetchStudentAttempts(t.db, classId, ids.C!.enrollmentId, "sr-Latn");
    const [faq] = c!.attempts[0]!.answers;
    expect(c!.attempts[0]!.unitTitle).toBe(getUnit(UNIT, "sr-Latn")!.meta.title);
    expect(faq).toMatchObject({
      prompt: prompt("sr-Latn", FAQ),
      answer: option("sr-Latn", FAQ, "protest-at-town-hall"),
      rightAnswer: option("sr-Latn", FAQ, "police-patrol-ambushed"),
    });
  });

  it("the CSV exports keep English keys and write words in the URL's language", async () => {
    const res = await responsesCsvRoute(
      jsonRequest(`/sr/teacher/classes/${classId}/responses.csv`, { cookie: teacher }),
      p(classId),
    );
    const lines = new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).slice(3)).split("\r\n");
    expect(lines[0]).toBe("Student,Assignment,Attempt,Quiz,Question,Answer,Correct,Points,Answered at (UTC)");
    const cRow = lines.find((l) => l.startsWith("C,") && l.includes(",ne,"))!;
    expect(cRow).toContain(option("sr-Latn", FAQ, "protest-at-town-hall"));
    expect(cRow).toContain(prompt("sr-Latn", FAQ).replace(/"/g, '""'));
    expect(lines.some((l) => l.includes(",Tačno,da,") || l.includes(",Netačno,ne,"))).toBe(true);

    const scores = await scoresCsvRoute(
      jsonRequest(`/sq/teacher/classes/${classId}/scores.csv`, { cookie: teacher }),
      p(classId),
    );
    const rows = new TextDecoder().decode(new Uint8Array(await scores.arrayBuffer()).slice(3)).split("\r\n");
    expect(rows[0]).toMatch(/^Student,Joined,.*: best %/);
    expect(rows.find((l) => l.startsWith("E,"))).toMatch(/,,,0,Pa filluar,0$/);
  });
});
