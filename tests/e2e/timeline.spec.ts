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

test("reads the unit: dated events in order, categories, claims, sources and the article's corrections", async ({
  page,
}) => {
  await page.goto(UNIT);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Northern Kosovo, September 2023");
  await expect(events(page)).toHaveCount(TOTAL);
  await expect(page.getByText(`Showing ${TOTAL} of ${TOTAL} events`)).toBeVisible();

  const dates = await page.locator("article[data-event-id] time").first().getAttribute("datetime");
  expect(dates).toBe("1999-06-10");
  const ambush = page.locator("#event-banjska-ambush");
  await expect(ambush.locator("time").first()).toHaveAttribute("datetime", "2023-09-24T02:45");
  await expect(ambush.getByText("Clash", { exact: true })).toBeVisible();
  // Compact cards: sources and claims wait behind a disclosure.
  const disclosure = ambush.getByText("Sources (4) · Claims (1)");
  await expect(disclosure).toBeVisible();
  await expect(ambush.getByText(/^Claim by .+, \d{1,2} \w+ \d{4}:$/)).toBeHidden();
  await disclosure.click();
  await expect(ambush.getByText(/^Claim by .+, \d{1,2} \w+ \d{4}:$/)).toBeVisible();

  // What the article got wrong is in view at the top, before the timeline.
  await expect(page.getByRole("heading", { name: "What the article got wrong" })).toBeVisible();
  await expect(page.getByText(/The mission is called EULEX/)).toBeVisible();
  // Glossary terms are marked where they are used, and lead to their entry.
  const term = page.locator("#event-nac-authorises-reinforcements a.term", { hasText: "NATO" });
  await expect(term).toHaveAttribute("href", "#glossary-nato");
  await term.click();
  await expect(page).toHaveURL(/#glossary-nato$/);
  await expect(page.locator("#glossary-nato")).toBeInViewport();
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

test("the time axis links each event to its card, shows categories, eras and breaks", async ({ page }) => {
  await page.goto(UNIT);
  const axis = page.getByRole("region", { name: "The events on a time axis" });
  const markers = axis.locator("svg a[data-marker]");
  await expect(markers).toHaveCount(TOTAL);
  await expect(axis.getByRole("link", { name: /^29 Sept 2023, / })).toHaveCount(6);
  for (const era of ["Background, 1999–2023", "The attack and its week", "The aftermath"])
    await expect(axis.locator("svg text", { hasText: era })).toHaveCount(1);
  await expect(axis.locator("svg text", { hasText: /years$/ }).first()).toBeVisible();
  await expect(axis.getByRole("list", { name: "Legend" }).getByRole("listitem")).toHaveText([
    "Clash",
    "Diplomacy",
    "Military",
    "Statement",
    "Investigation",
    "Background",
  ]);
  // No date label runs off the drawing.
  const overflow = await axis.locator("svg#time-axis").evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll("text")].filter((t) => {
      const r = t.getBoundingClientRect();
      return r.left < box.left - 0.5 || r.right > box.right + 0.5;
    }).length;
  });
  expect(overflow).toBe(0);
  await axis.getByRole("link", { name: "10 Jun 1999, Background: UN Security Council adopts Resolution 1244" }).click();
  await expect(page).toHaveURL(/#event-unsc-resolution-1244$/);
  await expect(page.locator("#event-unsc-resolution-1244")).toBeInViewport();
});

test("keyboard: the axis is one Tab stop, the arrow keys move along it and the focused marker's title shows", async ({
  page,
}) => {
  await page.goto(UNIT);
  const axis = page.getByRole("region", { name: "The events on a time axis" });
  // From the last control before the axis, one Tab reaches it.
  await page.locator("#corrections-heading ~ ol summary").last().focus();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))).toContain("data-marker");
  const first = axis.getByRole("link", { name: /UN Security Council adopts Resolution 1244/ });
  await expect(first).toBeFocused();
  await expect(axis.locator("[data-axis-caption]")).toHaveText(/UN Security Council adopts Resolution 1244/);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(axis.getByRole("link", { name: /Kosovo declares independence/ })).toBeFocused();
  await expect(axis.locator("[data-axis-caption]")).toHaveText(/Kosovo declares independence/);
  await page.keyboard.press("End");
  const last = axis.getByRole("link", { name: /indict/i });
  await expect(last).toBeFocused();
  // One stop: Tab leaves the axis, and Shift+Tab comes back to where one left it.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("svg") === null)).toBe(true);
  await page.keyboard.press("Shift+Tab");
  await expect(last).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#event-banjska-indictment$/);
});

test("without JavaScript: the axis and the map are drawn, and the cards' disclosures open", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(UNIT);
  const axis = page.getByRole("region", { name: "The events on a time axis" });
  await expect(axis.locator("svg#time-axis")).toBeVisible();
  await expect(axis.locator("svg a[data-marker]")).toHaveCount(TOTAL);
  const map = page.getByRole("img", { name: /^Map: Banjska, Banjska Monastery/ });
  await map.scrollIntoViewIfNeeded();
  await expect.poll(() => map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const svg = await (await page.request.get((await map.getAttribute("src"))!)).text();
  expect(svg).toContain(">Jarinje crossing<");
  expect(svg).toContain("Kosovo–Serbia boundary; Serbia calls it the administrative line");

  const card = page.locator("#event-banjska-ambush");
  await expect(card.getByRole("link", { name: /Kosovo Police/ })).toHaveCount(0);
  await card.getByText("Sources (4) · Claims (1)").click();
  await expect(card.getByRole("listitem").first()).toBeVisible();
  await expect(card.getByText(/^Claim by /)).toBeVisible();

  // The event page shows the map with its own place highlighted.
  await page.goto(EVENT);
  const eventMap = page.getByRole("img", { name: /Banjska is highlighted/ });
  await expect(eventMap).toHaveAttribute("src", /place=banjska(&|$)/);
  await expect
    .poll(() => eventMap.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await context.close();
});

test("the end of the page: unread events as links, the quiz, and reaching the end marks what was seen", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(UNIT);
  const unread = page.getByRole("region", { name: "Still unread on this page" });
  await expect(unread.getByText(`${TOTAL} of the ${TOTAL} events on this page are not read yet:`)).toBeVisible();
  await expect(unread.getByRole("link")).toHaveCount(8);
  await expect(unread.getByText(`…and ${TOTAL - 8} more.`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Take the quiz", exact: true })).toBeVisible();

  // Scroll past every card quickly (none stays in the middle of the screen for a second), then reach the end.
  const saved = page.waitForResponse((r) => r.url().endsWith("/reads") && r.request().method() === "POST" && r.ok());
  const cards = await events(page).all();
  for (const card of cards) await card.evaluate((el) => el.scrollIntoView({ block: "end" }));
  await unread.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await saved;
  await expect(page.getByText(`${TOTAL} of ${TOTAL} events read`)).toBeVisible();
  await expect(unread.getByText("You have read every event on this page.")).toBeVisible();
  await expect(page.locator("article[data-event-id][data-read]")).toHaveCount(TOTAL);
  await expect(page.locator("#event-unsc-resolution-1244").getByText("✓ Read")).toBeVisible();
  await context.close();
});

test("the unread list's button marks the rest read; the list is right after a reload", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const opened = page.waitForResponse((r) => r.url().endsWith("/reads") && r.request().method() === "POST" && r.ok());
  await page.goto(`${UNIT}/events/ep-resolution`);
  await opened;
  await page.goto(UNIT);
  const unread = page.getByRole("region", { name: "Still unread on this page" });
  await expect(unread.getByText(`${TOTAL - 1} of the ${TOTAL} events on this page are not read yet:`)).toBeVisible();
  await expect(page.locator("#event-ep-resolution")).toHaveAttribute("data-read", "");
  const saved = page.waitForResponse((r) => r.url().endsWith("/reads") && r.request().method() === "POST" && r.ok());
  await unread.getByRole("button", { name: `I have read them: mark all ${TOTAL - 1} as read` }).click();
  await expect(unread.getByText("You have read every event on this page.")).toBeVisible();
  // The list says so at once; the reload shows what the server stored.
  await saved;
  await page.reload();
  await expect(page.getByText(`${TOTAL} of ${TOTAL} events read`)).toBeVisible();
  await context.close();
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

  await expect(
    questions.getByRole("link", { name: "What started the clashes in northern Kosovo on 24 September 2023?" }),
  ).toHaveAttribute("href", `${UNIT}/quiz`);

  await page.getByRole("link", { name: /^Next event/ }).click();
  await expect(page).toHaveURL(/\/events\/banjska-monastery-siege$/);
  await page.getByRole("link", { name: /^Previous event/ }).click();
  await expect(page).toHaveURL(/\/events\/banjska-ambush$/);
  await page.getByRole("link", { name: /^Back to the timeline/ }).click();
  await expect(page).toHaveURL(/#event-banjska-ambush$/);
});

test("an event opened from a filtered timeline keeps the filter in previous, next and back", async ({ page }) => {
  await page.goto(`${UNIT}?category=military`);
  await page
    .getByRole("region", { name: "Timeline of events" })
    .getByRole("link", { name: "Additional forces for KFOR are authorised", exact: true })
    .click();
  await expect(page).toHaveURL(/\/events\/nac-authorises-reinforcements\?category=military$/);
  await page.getByRole("link", { name: /^Next event/ }).click();
  await expect(page).toHaveURL(/\/events\/uk-battalion-to-kfor\?category=military$/);
  await expect(page.getByText(/Previous and next follow your filter/)).toBeVisible();
  await page.getByRole("link", { name: /^Back to the timeline/ }).click();
  await expect(page).toHaveURL(/\?category=military#event-uk-battalion-to-kfor$/);
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
  for (const path of ["/", UNIT, `${UNIT}?category=statement&actor=nato`, EVENT, `/sq${UNIT}`, `/sr${EVENT}`]) {
    test(`axe finds no violations on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
}

test("the unit and an event in Albanian and Serbian: interface, dates and links stay in the language", async ({
  page,
}) => {
  await page.goto(`/sq${UNIT}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "sq");
  const axis = page.getByRole("region", { name: "Ngjarjet në një bosht kohor" });
  await expect(axis.locator("svg a[data-marker]")).toHaveCount(TOTAL);
  await expect(page.getByText(`Po shfaqen ${TOTAL} nga ${TOTAL} ngjarje`)).toBeVisible();
  const unread = page.getByRole("region", { name: "Ende të palexuara në këtë faqe" });
  await expect(unread.getByText(`${TOTAL} nga ${TOTAL} ngjarjet në këtë faqe nuk janë lexuar ende:`)).toBeVisible();
  await expect(page.getByText(`0 nga ${TOTAL} ngjarje të lexuara`)).toBeVisible();
  await expect(page.locator("#event-banjska-ambush time").first()).toHaveText(/^24 shtator 2023/);
  await page.locator("#event-banjska-ambush h3 a").click();
  await expect(page).toHaveURL(new RegExp(`^[^?]*/sq${EVENT}$`));
  await expect(page.getByRole("link", { name: /^Kthehu te kronologjia:/ })).toHaveAttribute(
    "href",
    new RegExp(`^/sq${UNIT}`),
  );

  await page.goto(`/sr${EVENT}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "sr-Latn");
  await expect(page.getByRole("heading", { name: "Pitanja o ovom događaju" })).toBeVisible();
  await expect(page.getByText("Sukob", { exact: true })).toBeVisible();
});

test("fits a 360 px wide screen without sideways scrolling, the navigation on one row", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/", UNIT, EVENT]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
    const nav = await page.getByRole("navigation", { name: "Main" }).getByRole("list").boundingBox();
    expect(nav!.height, path).toBeLessThanOrEqual(48);
  }
});

test("fits a 320 px wide phone without sideways scrolling, in every language", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/", UNIT, EVENT, `/sq${UNIT}`, `/sr${EVENT}`]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("the home page shows the unit as a card: map, events, dates and progress", async ({ page }) => {
  await page.goto("/");
  const card = page.getByRole("article").filter({ hasText: "Northern Kosovo, September 2023" });
  await expect(card.getByText(`${TOTAL} events, from 10 June 1999 to 11 September 2024`)).toBeVisible();
  const thumb = card.getByRole("img", { name: /^Map of the unit's places/ });
  await expect
    .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await expect(card.getByText(new RegExp(`of ${TOTAL} events read by you$`))).toBeVisible();
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
  await page
    .getByRole("region", { name: "Timeline of events" })
    .getByRole("link", { name: "Additional forces for KFOR are authorised", exact: true })
    .click();
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

  // A known learner's visit to an event page is recorded by the server, with or without JavaScript.
  const before = Number(afterReload?.split(" ")[0]);
  await page.goto(`${UNIT}/events/ep-resolution`);
  // At least this one more: reads still waiting on the timeline are sent as it is left.
  const count = async () =>
    Number((await page.getByText(new RegExp(`^\\d+ of ${TOTAL} events read$`)).textContent())?.split(" ")[0]);
  await expect.poll(count).toBeGreaterThanOrEqual(before + 1);
  await page.goto(`${UNIT}?category=diplomacy`);
  await expect(page.locator("#event-ep-resolution")).toHaveAttribute("data-read", "");
  await page.goto("/");
  await expect(page.getByText(new RegExp(`^\\d+ of ${TOTAL} events read by you$`))).toBeVisible();
  await context.close();
});

// `SCREENSHOTS=1 npx playwright test tests/e2e/timeline.spec.ts -g screenshots` refreshes the
// pictures linked from the README.
test("screenshots of the unit page for the README", async ({ browser }) => {
  test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to refresh docs/screenshots");
  const shots = [
    { file: "unit-desktop.png", viewport: { width: 1280, height: 1500 }, colorScheme: "light" as const },
    { file: "unit-phone.png", viewport: { width: 390, height: 1700 }, colorScheme: "light" as const },
    { file: "unit-dark.png", viewport: { width: 1280, height: 1500 }, colorScheme: "dark" as const },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, colorScheme: shot.colorScheme });
    const page = await context.newPage();
    await page.goto(UNIT);
    const map = page.getByRole("img", { name: /^Map: / });
    await map.scrollIntoViewIfNeeded();
    await expect
      .poll(() => map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/screenshots/${shot.file}` });
    await context.close();
  }
});

test("the islands work once the page has hydrated, and a back navigation shows the whole page", async ({ page }) => {
  await page.goto(UNIT);
  // The islands hydrate: marking the page's events read updates the bar and the list.
  await page.getByRole("button", { name: /^I have read them: mark/ }).click();
  await expect(page.getByText(`${TOTAL} of ${TOTAL} events read`)).toBeVisible();
  await expect(page.getByText("You have read every event on this page.")).toBeVisible();

  // A client-side navigation away and back shows the page again, cards and all.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My progress" }).click();
  await expect(page).toHaveURL(/\/progress$/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${UNIT}$`));
  await expect(events(page)).toHaveCount(TOTAL);
  await expect(page.getByRole("heading", { name: "What the article got wrong" })).toBeVisible();
});
