import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const UNIT = "/units/northern-kosovo-2023";
const EVENT = `${UNIT}/events/banjska-ambush`;
const TOTAL = 35;

const events = (page: Page) => page.locator("article[data-event-id]");

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("reads the unit: dated events in order, categories, claims, sources and the article's corrections", async ({ page }) => {
  await page.goto(UNIT);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Northern Kosovo, September 2023");
  await expect(events(page)).toHaveCount(TOTAL);
  await expect(page.getByText(`Showing ${TOTAL} of ${TOTAL} events`)).toBeVisible();

  const dates = await page.locator("article[data-event-id] time").first().getAttribute("datetime");
  expect(dates).toBe("1999-06-10");
  const ambush = page.locator("#event-banjska-ambush");
  await expect(ambush.locator("time").first()).toHaveAttribute("datetime", "2023-09-24T02:45");
  await expect(ambush.getByText("Clash", { exact: true })).toBeVisible();
  await expect(ambush.getByRole("heading", { level: 4, name: "Sources" })).toBeVisible();
  await expect(page.getByText(/^Claim by .+, \d{1,2} \w+ \d{4}:$/).first()).toBeVisible();

  await page.getByText("How this unit was made, what the article got wrong, and a glossary").click();
  await expect(page.getByRole("heading", { name: "What the article got wrong" })).toBeVisible();
  await expect(page.getByText(/The mission is called EULEX/)).toBeVisible();
});

test("filters by category and actor with links, shows n of m, and clears", async ({ page }) => {
  await page.goto(UNIT);
  await page.getByRole("link", { name: /^Diplomacy \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/\?category=diplomacy$/);
  await expect(page.getByText(`Showing 6 of ${TOTAL} events`)).toBeVisible();
  await expect(events(page)).toHaveCount(6);

  await page.getByText("By actor", { exact: true }).click();
  await page.getByRole("link", { name: /^European Union \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/category=diplomacy&actor=eu/);
  await expect(page.getByText(`Showing 3 of ${TOTAL} events`)).toBeVisible();
  await expect(events(page)).toHaveCount(3);
  await expect(page.getByRole("link", { name: /^Diplomacy/ })).toHaveAttribute("aria-current", "true");

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(new RegExp(`${UNIT}$`));
  await expect(events(page)).toHaveCount(TOTAL);
});

test("an unknown filter value is explained instead of failing", async ({ page }) => {
  const res = await page.goto(`${UNIT}?category=sports&actor=nobody`);
  expect(res?.status()).toBe(200);
  await expect(page.getByText('There is no category "sports"; showing events of every category.')).toBeVisible();
  await expect(page.getByText(/No one called "nobody"/)).toBeVisible();
  await expect(events(page)).toHaveCount(TOTAL);
});

test("the overview links each event of the main period to its place on the timeline", async ({ page }) => {
  await page.goto(UNIT);
  const overview = page.getByRole("region", { name: "Overview of the period" });
  await expect(overview.getByRole("link", { name: /^29 Sept: / })).toHaveCount(6);
  await overview.getByRole("link", { name: "10 Jun 1999: UN Security Council adopts Resolution 1244" }).click();
  await expect(page).toHaveURL(/#event-unsc-resolution-1244$/);
  await expect(page.locator("#event-unsc-resolution-1244")).toBeInViewport();
});

test("an event's own page: metadata, sources, questions without answers, previous and next", async ({ page }) => {
  await page.goto(EVENT);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Night-time attack near Banjska");
  await expect(page).toHaveTitle(/Night-time attack near Banjska/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{40,}/);
  const questions = page.getByRole("region", { name: "Questions about this event" });
  await expect(questions.getByText("What started the clashes in northern Kosovo on 24 September 2023?")).toBeVisible();
  // Neither the options nor the explanation (which gives the answer away) reach the page.
  const html = await page.content();
  expect(html).not.toContain("Units of the Serbian army crossed the boundary into northern Kosovo");
  expect(html).not.toContain("The violence began at about 02:45");

  await page.getByRole("link", { name: /^Next event/ }).click();
  await expect(page).toHaveURL(/\/events\/banjska-monastery-siege$/);
  await page.getByRole("link", { name: /^Previous event/ }).click();
  await expect(page).toHaveURL(/\/events\/banjska-ambush$/);
  await page.getByRole("link", { name: /^Back to the timeline/ }).click();
  await expect(page).toHaveURL(/#event-banjska-ambush$/);
});

test("an unknown unit or event answers 404 with a way back", async ({ page }) => {
  let res = await page.goto(`${UNIT}/events/no-such-event`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Event not found");
  await page.getByRole("link", { name: "Back to the timeline" }).click();
  await expect(page).toHaveURL(new RegExp(`${UNIT}$`));

  res = await page.goto("/units/no-such-unit");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unit not found");
  await expect(page.getByRole("link", { name: "See all units" })).toBeVisible();
});

test("keyboard only: skip link, a filter, then an event", async ({ page }) => {
  await page.goto(UNIT);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  const tabUntil = async (pattern: RegExp) => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const text = await page.evaluate(() => document.activeElement?.textContent ?? "");
      if (pattern.test(text)) return;
    }
    throw new Error(`no focusable element matching ${pattern}`);
  };
  await tabUntil(/^Military \(\d+\)$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?category=military$/);
  await tabUntil(/^Additional forces for KFOR are authorised/);
  const title = await page.evaluate(() => document.activeElement?.textContent ?? "");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

for (const scheme of ["light", "dark"] as const) {
  for (const path of ["/", UNIT, `${UNIT}?category=statement&actor=nato`, EVENT]) {
    test(`axe finds no violations on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
}

test("fits a 360 px wide screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/", UNIT, EVENT]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("works with JavaScript turned off: reading, filtering and deep links", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: "Northern Kosovo, September 2023" }).click();
  await expect(events(page)).toHaveCount(TOTAL);
  // A page streamed behind a loading boundary would be in the HTML but hidden until a script shows it.
  await expect(events(page).first()).toBeVisible();
  await expect(page.getByText(`0 of ${TOTAL} events read`)).toBeVisible();
  await page.getByRole("link", { name: /^Military \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/\?category=military$/);
  await expect(page.getByText(new RegExp(`^Showing \\d+ of ${TOTAL} events`))).toBeVisible();
  await page.getByRole("link", { name: "Additional forces for KFOR are authorised", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Additional forces for KFOR are authorised");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Questions about this event" })).toBeVisible();
  await context.close();
});

test("reading progress: events kept in view are recorded, and opening an event counts", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(UNIT);
  await expect(page.getByText(`0 of ${TOTAL} events read`)).toBeVisible();

  const saved = page.waitForResponse((r) => r.url().endsWith("/reads") && r.request().method() === "POST" && r.ok());
  for (const id of ["unsc-resolution-1244", "eulex-established", "kosovo-declares-independence"]) {
    await page.locator(`#event-${id}`).evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page.waitForTimeout(1300);
  }
  await saved;
  await expect(page.getByText(new RegExp(`^[1-9]\\d* of ${TOTAL} events read$`))).toBeVisible();
  await page.reload();
  const afterReload = await page.getByText(new RegExp(` of ${TOTAL} events read$`)).textContent();
  expect(Number(afterReload?.split(" ")[0])).toBeGreaterThanOrEqual(1);

  const opened = page.waitForResponse((r) => r.url().endsWith("/reads") && r.request().method() === "POST" && r.ok());
  await page.goto(`${UNIT}/events/ep-resolution`);
  const body = await (await opened).json();
  expect(body.read).toContain("ep-resolution");
  await page.goto("/");
  await expect(page.getByText(new RegExp(`^\\d+ of ${TOTAL} events read by you$`))).toBeVisible();
  await context.close();
});
