import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

// A teacher creates a class; two students join it in their own browsers and take the unit quiz
// (through the quiz API); the teacher's live table picks their scores up and the CSV downloads.

const UNIT = "northern-kosovo-2023";
type PublicQuestion = { id: string; type: string; options?: { id: string }[]; items?: { id: string }[] };

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Answers every question of a whole-unit quiz: the first option, "true", the shown order. */
async function takeQuiz(request: APIRequestContext, origin: string, answerAll: boolean): Promise<void> {
  const headers = { origin };
  const start = await request.post("/api/attempts", { data: { unit: UNIT, mode: "unit" }, headers });
  expect(start.ok()).toBe(true);
  const state = (await start.json()) as { attempt: { id: string }; questions: PublicQuestion[] };
  const questions = answerAll ? state.questions : state.questions.slice(0, 2);
  for (const q of questions) {
    const answer =
      q.type === "single"
        ? q.options![0]!.id
        : q.type === "multiple"
          ? [q.options![0]!.id]
          : q.type === "true-false"
            ? true
            : q.type === "order"
              ? q.items!.map((i) => i.id)
              : "Banjska";
    const res = await request.post(`/api/attempts/${state.attempt.id}/answers`, {
      data: { questionId: q.id, answer },
      headers,
    });
    expect(res.ok()).toBe(true);
  }
  const finish = await request.post(`/api/attempts/${state.attempt.id}/finish`, { headers });
  expect(finish.ok()).toBe(true);
}

test("a teacher runs a class: students join and answer, the table updates, the CSV downloads", async ({
  page,
  browser,
  baseURL,
}) => {
  // Many steps (two browsers, a full quiz each, axe on six pages) on a shared 2-core machine.
  test.setTimeout(180_000);
  const origin = baseURL!;

  // Anonymous visitors are asked to sign in.
  await page.goto("/teacher");
  await expect(page).toHaveURL(/\/signin\?next=%2Fteacher$/);
  await expectNoAxeViolations(page);

  await page.goto("/signup");
  await expectNoAxeViolations(page);
  await page.getByLabel("Your name, as students see it").fill("Ms Rivera");
  await page.getByLabel("Email address").fill(`rivera-${Date.now()}@example.org`);
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible();

  await page.getByLabel("Class name").fill("Civics <b>10B</b>");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Civics <b>10B</b>" })).toBeVisible();
  await expect(page.getByText("No students yet.")).toBeVisible();
  const code = (await page.locator("p", { hasText: "Join code" }).locator("span.font-mono").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
  await expectNoAxeViolations(page);

  const students = [
    { name: "Ana", answerAll: true },
    // A name that is markup must show as text, never as an element.
    { name: "Ben <img src=x onerror=alert(1)>", answerAll: false },
  ];
  const contexts = [];
  for (const s of students) {
    const context = await browser.newContext({ baseURL: origin });
    contexts.push(context);
    const student = await context.newPage();
    await student.goto("/join");
    await expectNoAxeViolations(student);
    await student.getByLabel("Class code").fill(code.toLowerCase().replace(/^(...)/, "$1 "));
    await student.getByLabel("Your name for the class").fill(s.name);
    await student.getByRole("button", { name: "Join the class" }).click();
    await expect(student.getByRole("heading", { level: 1, name: "You joined Civics <b>10B</b>" })).toBeVisible();
    await expect(student.locator("p.font-mono")).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expectNoAxeViolations(student);

    // A student is not a teacher.
    await student.goto("/teacher");
    await expect(student.getByRole("heading", { level: 1, name: "Teachers only" })).toBeVisible();
    const scores = await context.request.get(`/teacher/classes/${page.url().split("/").pop()}/scores.csv`);
    expect(scores.status()).toBe(403);

    await takeQuiz(context.request, origin, s.answerAll);
  }

  // The open class page polls: both students appear with a finished attempt, without a reload.
  const table = page.getByRole("region", { name: /Scores by student and unit/ });
  await expect(table.getByRole("row", { name: /Ana/ })).toBeVisible({ timeout: 20_000 });
  await expect(table.getByRole("row", { name: /Ben <img src=x onerror=alert\(1\)>/ })).toBeVisible();
  await expect(table.locator("img")).toHaveCount(0);
  await expect(table.getByRole("row", { name: /Ana/ }).getByRole("cell").nth(3)).toHaveText("1");
  await expect(page.getByText(/Updated (just now|\d+ seconds ago)/)).toBeVisible();

  // Sorting by a column says so to assistive technology.
  const bestHeader = table.getByRole("columnheader", { name: /^Best/ });
  await bestHeader.getByRole("button").click();
  await expect(bestHeader).toHaveAttribute("aria-sort", "descending");
  await expectNoAxeViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download scores (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^civics-b-10b-b-scores-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await (await file.createReadStream()).toArray()).map((c: Buffer) => c.toString("utf8")).join("");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toMatch(/\r\nAna,\d{4}-\d{2}-\d{2},\d+,\d+,1,/);
  expect(text).toMatch(/\r\nBen <img src=x onerror=alert\(1\)>,/);

  await page.getByRole("link", { name: "Item analysis and misconceptions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Item analysis/ })).toBeVisible();
  await expect(page.getByText("Based on 2 finished attempts.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goBack();
  await page.getByRole("link", { name: "Ana", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Ana: attempts and answers" })).toBeVisible();
  await expect(page.getByText(/✓ Correct:|✗ Wrong:/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  for (const c of contexts) await c.close();
});

test("pages work at 360 px wide and a wrong join code is explained", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/join");
  await page.getByLabel("Class code").fill("ACDEF-GHJKM");
  await page.getByLabel("Your name for the class").fill("Cy");
  await page.getByRole("button", { name: "Join the class" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Problem:" })).toContainText("No class has this code");
  // What the student typed is kept: only the code needs fixing.
  await expect(page.getByLabel("Your name for the class")).toHaveValue("Cy");
  await expect(page.getByLabel("Class code")).toHaveValue("ACDEF-GHJKM");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
  await page.goto("/signin");
  await expectNoAxeViolations(page);
});
