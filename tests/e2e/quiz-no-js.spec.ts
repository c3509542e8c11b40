import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

// The quiz as a browser without JavaScript gets it: plain forms, 303 redirects, server-rendered feedback.

const UNIT = "northern-kosovo-2023";
type FaqQuestion = {
  id: string;
  prompt: string;
  answer: string;
  fromFaq?: boolean;
  options: { id: string; text: string }[];
};
const faq = (
  JSON.parse(fs.readFileSync(path.join(process.cwd(), "content", UNIT, "questions.json"), "utf8")) as FaqQuestion[]
).filter((q) => q.fromFaq);

/**
 * axe runs as a script, which this context refuses; the same page (same URL and session cookie)
 * is audited in a context that allows scripts. The attempt page is server-rendered either way.
 */
async function expectNoAxeViolations(browser: Browser, page: Page) {
  const audit = await browser.newContext({ storageState: await page.context().storageState() });
  const copy = await audit.newPage();
  await copy.goto(page.url());
  const { violations } = await new AxeBuilder({ page: copy }).analyze();
  await audit.close();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a learner without JavaScript takes the FAQ quiz to the end by forms", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/units/${UNIT}/quiz`);
  await page.getByRole("button", { name: "Start: The article's FAQ" }).click();
  await expect(page).toHaveURL(new RegExp(`/units/${UNIT}/quiz/attempts/[a-z0-9]+$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Check yourself");

  for (const [index, question] of faq.entries()) {
    await expect(page.getByRole("heading", { name: `Question ${index + 1} of ${faq.length}` })).toBeVisible();
    const group = page.getByRole("group", { name: question.prompt });
    // The second question is answered wrongly on purpose, to see corrective feedback.
    const wrong = index === 1;
    const chosen = question.options.find((o) => (wrong ? o.id !== question.answer : o.id === question.answer))!;
    await group.getByRole("radio", { name: chosen.text, exact: true }).check();
    await page.getByRole("button", { name: "Check answer" }).click();

    const verdict = wrong ? "Not quite" : "Correct";
    const feedback = page.getByRole("region", { name: verdict, exact: true });
    await expect(feedback.getByRole("heading", { level: 3, name: verdict, exact: true })).toBeVisible();
    await expect(feedback.getByRole("link").first()).toHaveAttribute(
      "href",
      new RegExp(`^/units/${UNIT}/events/[a-z0-9-]+$`),
    );
    if (wrong) {
      await expect(feedback.getByText("The correct answer:")).toBeVisible();
      await expect(
        feedback.getByText(question.options.find((o) => o.id === question.answer)!.text, { exact: true }),
      ).toBeVisible();
      await expectNoAxeViolations(browser, page);
    }
    // The next question's key is never on the page before it is answered.
    const upcoming = faq[index + 1];
    if (upcoming) await expect(page.getByRole("group", { name: upcoming.prompt })).toBeVisible();
  }

  await expect(page.getByText(`${faq.length} of ${faq.length} answered`)).toBeVisible();
  await page.getByRole("button", { name: "See your score" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: `Your score: ${faq.length - 1} of ${faq.length}` }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Read these events again" })).toBeVisible();
  await expectNoAxeViolations(browser, page);
  await page.getByRole("link", { name: "Choose another quiz" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Check yourself/ })).toBeVisible();
  await context.close();
});

test("a refused answer comes back as a sentence, and another browser cannot open the attempt", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/units/${UNIT}/quiz`);
  await page.getByRole("button", { name: "Start: The article's FAQ" }).click();
  await expect(page.getByRole("heading", { name: /^Question \d+ of \d+$/ })).toBeVisible();
  const attemptUrl = page.url();
  // The radios are required, so the browser would stop an empty form; a tampered post gets the server's answer.
  await page.goto(`${attemptUrl}?error=answer-missing`);
  await expect(page.getByRole("alert")).toContainText("Choose or type an answer first.");
  await expectNoAxeViolations(browser, page);

  const stranger = await browser.newContext({ javaScriptEnabled: false });
  const other = await stranger.newPage();
  const response = await other.goto(attemptUrl);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole("group")).toHaveCount(0);
  await stranger.close();
  await context.close();
});
