import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

const UNIT = "northern-kosovo-2023";
type SingleQuestion = {
  id: string;
  type: string;
  prompt: string;
  answer: unknown;
  options?: { id: string; text: string }[];
};
const questions = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), "content", UNIT, "questions.json"), "utf8"),
) as SingleQuestion[];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Presses Tab until the element has focus: the page is driven by keyboard alone. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target.toString()} with the Tab key`);
}

/** Selects the option with the given id in the radio group with the arrow keys. */
async function chooseByKeyboard(page: Page, group: Locator, optionId: string) {
  const radios = group.getByRole("radio");
  await tabTo(page, radios.first());
  await page.keyboard.press("Space");
  for (let i = 0; i < 10; i++) {
    const checked = await group.locator("input:checked").getAttribute("value");
    if (checked === optionId) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`option ${optionId} could not be chosen`);
}

test("a learner takes the FAQ quiz by keyboard, gets feedback with event links, and sees /progress updated", async ({
  page,
}) => {
  await page.goto(`/units/${UNIT}/quiz`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Check yourself");
  await expectNoAxeViolations(page);

  const start = page.getByRole("button", { name: "Start: The article's FAQ" });
  await tabTo(page, start);
  await page.keyboard.press("Enter");

  const faq = questions.filter((q) => (q as { fromFaq?: boolean }).fromFaq);
  for (const [index, expected] of faq.entries()) {
    await expect(page.getByRole("heading", { name: `Question ${index + 1} of ${faq.length}` })).toBeVisible();
    const group = page.getByRole("group", { name: expected.prompt });
    await expect(group).toBeVisible();
    // The second question is answered wrongly on purpose, to see corrective feedback.
    const wrong = index === 1;
    const target = wrong ? expected.options!.find((o) => o.id !== expected.answer)!.id : String(expected.answer);
    await chooseByKeyboard(page, group, target);
    await tabTo(page, page.getByRole("button", { name: "Check answer" }));
    await page.keyboard.press("Enter");

    const verdict = page.getByRole("heading", { level: 3, name: wrong ? "Not quite" : "Correct", exact: true });
    await expect(verdict).toBeFocused();
    const eventLinks = page
      .getByRole("region", { name: wrong ? "Not quite" : "Correct" })
      .getByRole("link", { name: /.+/ });
    await expect(eventLinks.first()).toHaveAttribute("href", new RegExp(`^/units/${UNIT}/events/[a-z0-9-]+$`));
    if (wrong) {
      await expect(page.getByText("The correct answer:")).toBeVisible();
      await expect(page.getByText(expected.options!.find((o) => o.id === expected.answer)!.text).last()).toBeVisible();
      await expectNoAxeViolations(page);
    }

    const last = index === faq.length - 1;
    await tabTo(page, page.getByRole("button", { name: last ? "See my score" : "Next question" }));
    await page.keyboard.press("Enter");
  }

  const score = page.getByRole("heading", { level: 2, name: `Your score: ${faq.length - 1} of ${faq.length}` });
  await expect(score).toBeFocused();
  await expect(page.getByRole("heading", { name: "Read these events again" })).toBeVisible();
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole("link", { name: "See my progress" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "My progress" })).toBeVisible();
  const card = page.getByRole("article");
  await expect(card.getByText("Quizzes finished")).toBeVisible();
  await expect(card.locator("dd").nth(1)).toHaveText("1");
  await expect(card.locator("dd").nth(2)).toHaveText(`${Math.round(((faq.length - 1) / faq.length) * 100)}%`);
  await expect(card).toContainText("Mastery: Familiar");
  // The missed question is scheduled for review within minutes (or is already due on a slow run).
  await expect(card).toContainText(/Next review due|due for review/);
  await expect(page.getByRole("heading", { name: "What the mastery levels mean" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an unfinished quiz resumes where the learner left it", async ({ page }) => {
  await page.goto(`/units/${UNIT}/quiz`);
  await page.getByRole("button", { name: "Start: Whole unit" }).click();
  await expect(page.getByRole("heading", { name: /^Question 1 of \d+$/ })).toBeVisible();
  const submit = page.getByRole("button", { name: "Check answer" });
  // Whatever the first question's type, its first input is enough for an answer of the right shape.
  const text = page.getByRole("textbox");
  if (await text.count()) await text.fill("an answer");
  else if (await page.getByRole("radio").count()) await page.getByRole("radio").first().check();
  else if (await page.getByRole("checkbox").count()) await page.getByRole("checkbox").first().check();
  await submit.click();
  await expect(page.getByText(/1 of \d+ answered/)).toBeVisible();

  await page.reload();
  await expect(page.getByText(/In progress: 1 of \d+ answered/)).toBeVisible();
  await page.getByRole("button", { name: "Resume: Whole unit" }).click();
  await expect(page.getByRole("heading", { name: /^Question 2 of \d+$/ })).toBeVisible();
});

test("an unknown unit has no quiz", async ({ page }) => {
  // The page streams (it has a loading state), so the status is already sent; the content says it.
  await page.goto(`/units/no-such-unit/quiz`);
  await expect(page.getByRole("heading", { level: 1, name: "Quiz not found" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Start/ })).toHaveCount(0);
});
