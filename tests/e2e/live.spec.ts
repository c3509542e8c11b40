import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";

// A teacher runs a live session from a class page on the projector; three students join by code
// in their own browser contexts (one of them without JavaScript), answer, and see the reveal.

const RIGHT = "Gunmen ambushed a Kosovo Police patrol near Banjska";
const WRONG = "Units of the Serbian army crossed the boundary into northern Kosovo";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function studentJoins(browser: Browser, code: string, name: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto("/live");
  await page.getByLabel("Session code").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByText("You are in.")).toBeVisible();
  return page;
}

test("a teacher paces a live session on the projector while three students follow and answer", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await page.goto("/signup");
  await page.getByLabel("Your name, as students see it").fill("Mr Live");
  await page.getByLabel("Email address").fill(`live-${Date.now()}@example.org`);
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByLabel("Class name").fill("History 9");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "History 9" })).toBeVisible();

  await page.getByLabel("Questions").selectOption("faq");
  await page.getByRole("button", { name: "Start live session" }).click();
  await expect(page).toHaveURL(/\/teacher\/live\/[a-z0-9]+$/);
  const code = (await page.getByTestId("live-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expect(page.getByRole("img", { name: /QR code linking to .*\/live\// })).toBeVisible();
  await expectNoAxeViolations(page);

  const ana = await studentJoins(browser, code, "Ana");
  const ben = await studentJoins(browser, code, "Ben");
  const noJs = await studentJoins(browser, code, "Cleo", false);
  await expect(page.getByTestId("device-count")).toHaveText("3");
  await expectNoAxeViolations(ana);

  await page.getByRole("button", { name: "Show first question" }).click();
  await expect(page.getByRole("heading", { name: /What started the clashes/ })).toBeVisible();
  // The devices with JavaScript follow the stream; the one without reloads itself every 5 seconds.
  await expect(ana.getByRole("group", { name: /What started the clashes/ })).toBeVisible();
  await expect(ben.getByRole("group", { name: /What started the clashes/ })).toBeVisible();
  await expect(noJs.getByRole("group", { name: /What started the clashes/ })).toBeVisible({ timeout: 10_000 });
  await expectNoAxeViolations(ana);

  await ana.getByLabel(RIGHT).check();
  await ana.getByRole("button", { name: "Send answer" }).click();
  await expect(ana.getByText("Answer received.")).toBeVisible();
  await ben.getByLabel(WRONG).check();
  await ben.getByRole("button", { name: "Send answer" }).click();
  await expect(ben.getByText("Answer received.")).toBeVisible();
  await noJs.getByLabel(RIGHT).check();
  await noJs.getByRole("button", { name: "Send answer" }).click();
  await expect(noJs.getByText("Answer received.")).toBeVisible();
  await expect(page.getByTestId("answered-count")).toHaveText("3");

  await page.getByRole("button", { name: "Reveal answer" }).click();
  await expect(page.getByText("Right answer:")).toBeVisible();
  await expect(page.getByRole("list", { name: "Answers given" })).toContainText("2 (67%)");
  await expect(page.getByRole("list", { name: "Answers given" })).toContainText("✓ right answer");
  await expect(ana.getByText("✓ Correct", { exact: true })).toBeVisible();
  await expect(ben.getByText("Not quite")).toBeVisible();
  await expect(ben.getByText("Right answer:")).toBeVisible();
  await expect(noJs.getByText("✓ Correct", { exact: true })).toBeVisible({ timeout: 10_000 });
  await expectNoAxeViolations(ben);
  await expectNoAxeViolations(page);

  // A teacher who reloads the projector finds the class where it was.
  await page.reload();
  await expect(page.getByText("Right answer:")).toBeVisible();

  await page.getByRole("button", { name: "End session" }).click();
  await expect(page.getByRole("heading", { name: "Session ended: summary" })).toBeVisible();
  await expect(ana.getByRole("heading", { name: "The session has ended" })).toBeVisible();
  await expect(ana.getByText("1 answer was right")).toBeVisible();
});
