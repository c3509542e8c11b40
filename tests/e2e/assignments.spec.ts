import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

// A teacher assigns the FAQ quiz with a due time; a student on a phone-sized screen sees it first
// on the home page and starts it; the teacher sees them in progress, then submitted.

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

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * The teacher's time zone: one whose clock reads about noon now, so that 14:00 two days ahead is
 * 48–50 hours away ("in 2 days" or "in 4x hours") whatever the hour the suite runs at. In the
 * browser's own zone, a run between 22:00 and 02:00 would put it 38 or 61 hours away.
 */
const offsetHours = ((((12 - new Date().getUTCHours() + 12) % 24) + 24) % 24) - 12;
const TEACHER_ZONE = offsetHours === 0 ? "Etc/GMT" : `Etc/GMT${offsetHours > 0 ? "-" : "+"}${Math.abs(offsetHours)}`;
test.use({ timezoneId: TEACHER_ZONE });

/** The value a datetime-local input takes, `days` from now, at 14:00 in the teacher's zone. */
function localInput(days: number): string {
  const d = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone: TEACHER_ZONE, year: "numeric", month: "2-digit", day: "2-digit" })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T14:00`;
}

test("a teacher assigns a quiz, a student does it on a phone, the teacher sees in progress then submitted", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);

  await page.goto("/signup");
  await page.getByLabel("Your name, as students see it").fill("Mr Okafor");
  await page.getByLabel("Email address").fill(`okafor-${Date.now()}@example.org`);
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByLabel("Class name").fill("History 9C");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "History 9C" })).toBeVisible();
  const code = (await page.locator("p", { hasText: "Join code" }).locator("span.font-mono").textContent())!.trim();
  const classUrl = page.url();

  // A due time in the past is refused with a sentence, and nothing is assigned.
  await expect(page.getByRole("heading", { name: "Assignments" })).toBeVisible();
  await page.getByLabel("Due date and time").fill("2020-01-06T09:00");
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Problem:" })).toContainText("already passed");
  await expect(page.getByText("Nothing assigned yet.")).toBeVisible();

  await page.getByRole("radio", { name: "The article's FAQ" }).check();
  await page.getByLabel("Due date and time").fill(localInput(2));
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Northern Kosovo, September 2023: The article's FAQ" }),
  ).toBeVisible();
  await expect(page.getByText(/due \w+ 14:00, in (2 days|4\d hours)/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The student, on a phone.
  const phone = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const student = await phone.newPage();
  await student.goto("/join");
  await student.getByLabel("Class code").fill(code);
  await student.getByLabel("Your name for the class").fill("Zainab");
  await student.getByRole("button", { name: "Join the class" }).click();
  await expect(student.getByRole("heading", { level: 1, name: "You joined History 9C" })).toBeVisible();

  await student.goto("/");
  const mine = student.getByRole("region", { name: "Your assignments" });
  await expect(mine.getByRole("heading", { name: "Northern Kosovo, September 2023: The article's FAQ" })).toBeVisible();
  await expect(mine.getByText(/due \w+ 14:00, in/)).toBeVisible();
  await expect(mine.getByText("Not started")).toBeVisible();
  expect(await student.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  await expectNoAxeViolations(student);

  // The teacher sees the student not started yet.
  await page.reload();
  await expect(
    page.getByRole("region", { name: "Not started: 1" }).getByRole("link", { name: "Zainab" }),
  ).toBeVisible();

  await mine.getByRole("button", { name: /^Start/ }).click();
  await expect(student).toHaveURL(new RegExp(`/units/${UNIT}/quiz/attempts/[a-z0-9]+$`));
  const first = faq[0]!;
  await student
    .getByRole("group", { name: first.prompt })
    .getByRole("radio", { name: first.options.find((o) => o.id === first.answer)!.text, exact: true })
    .check();
  await student.getByRole("button", { name: "Check answer" }).click();
  await expect(student.getByRole("heading", { level: 3, name: "Correct", exact: true })).toBeVisible();

  await page.reload();
  const working = page.getByRole("region", { name: "In progress: 1" });
  await expect(working.getByRole("link", { name: "Zainab" })).toBeVisible();
  await expect(working.getByText(`answered 1 of ${faq.length}`)).toBeVisible();

  for (const question of faq.slice(1)) {
    await student
      .getByRole("group", { name: question.prompt })
      .getByRole("radio", { name: question.options.find((o) => o.id === question.answer)!.text, exact: true })
      .check();
    await student.getByRole("button", { name: "Check answer" }).click();
    await expect(student.getByRole("heading", { level: 3, name: "Correct", exact: true })).toBeVisible();
  }
  await student.getByRole("button", { name: "See your score" }).click();
  await expect(
    student.getByRole("heading", { level: 2, name: `Your score: ${faq.length} of ${faq.length}` }),
  ).toBeVisible();

  await student.goto("/progress");
  await expect(student.getByRole("region", { name: "Your assignments" }).getByText(/Submitted$/)).toBeVisible();

  await page.reload();
  await expect(page.getByRole("region", { name: "Submitted: 1" }).getByRole("link", { name: "Zainab" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row", { name: /Zainab/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // The class page shows the progress bar's numbers in words.
  await page.goto(classUrl);
  await expect(page.getByRole("listitem").filter({ hasText: /^✓Submitted: 1$/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await phone.close();

  // The join sheet has a QR code of the join page with the code filled in, and warns that a
  // loopback address cannot be reached from students' devices.
  await page.goto(`${classUrl}/join-sheet`);
  await expect(page.getByRole("img", { name: `QR code of ${baseURL}/join?code=${code}` }).locator("svg")).toBeVisible();
  await expect(page.getByText("Students' devices cannot reach it")).toBeVisible();
  await expectNoAxeViolations(page);

  // Archiving asks first, and works as plain links and forms.
  await page.goto("/teacher");
  await page.getByRole("link", { name: /^Archive class…/ }).click();
  const confirm = page.getByRole("alert").filter({ hasText: "Archive History 9C?" });
  await expect(confirm).toBeVisible();
  await expectNoAxeViolations(page);
  await confirm.getByRole("button", { name: "Yes, archive it" }).click();
  await expect(page.getByRole("button", { name: "Restore class" })).toBeVisible();
});
