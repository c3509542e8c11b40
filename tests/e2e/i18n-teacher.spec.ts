import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

// The teacher's pages in Albanian (/sq) and Serbian (/sr): a teacher creates a class in Albanian,
// a student joins and takes the FAQ quiz, and the teacher reads the class page, the item analysis
// and the student's answers in both languages (axe: 0 violations, <html lang> right), then
// downloads the answers from the Serbian page: the keys stay English, the words are Serbian.

const UNIT = "northern-kosovo-2023";
type PublicQuestion = { id: string; type: string; options?: { id: string }[]; items?: { id: string }[] };

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Joins the class and answers the FAQ quiz through the API: the first option of each. */
async function joinAndAnswer(request: APIRequestContext, origin: string, code: string): Promise<void> {
  const headers = { origin };
  expect((await request.post("/api/classes/join", { data: { code, displayName: "Ana" }, headers })).ok()).toBe(true);
  const start = await request.post("/api/attempts", { data: { unit: UNIT, mode: "faq" }, headers });
  expect(start.ok()).toBe(true);
  const state = (await start.json()) as { attempt: { id: string }; questions: PublicQuestion[] };
  for (const q of state.questions) {
    const answer =
      q.type === "single"
        ? q.options![0]!.id
        : q.type === "multiple"
          ? [q.options![0]!.id]
          : q.type === "true-false"
            ? false
            : q.type === "order"
              ? q.items!.map((i) => i.id)
              : "Banjska";
    expect(
      (
        await request.post(`/api/attempts/${state.attempt.id}/answers`, { data: { questionId: q.id, answer }, headers })
      ).ok(),
    ).toBe(true);
  }
  expect((await request.post(`/api/attempts/${state.attempt.id}/finish`, { headers })).ok()).toBe(true);
}

test("a teacher reads the class, the item analysis and a student's answers in Albanian and Serbian", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const origin = baseURL!;
  const signup = await page.request.post("/api/auth/signup", {
    data: { email: `shqip-srpski-${Date.now()}@example.org`, password: "a long enough password", displayName: "Arta" },
    headers: { origin },
  });
  expect(signup.ok()).toBe(true);

  // Albanian: the class is created from the Albanian page and the redirect stays in Albanian.
  await page.goto("/sq/teacher");
  await expect(page.locator("html")).toHaveAttribute("lang", "sq");
  await expect(page).toHaveTitle(/Klasat e tua/);
  await page.getByLabel("Emri i klasës").fill("Histori 9A");
  await page.getByRole("button", { name: "Krijo klasën" }).click();
  await expect(page).toHaveURL(/\/sq\/teacher\/classes\/[a-z0-9]+$/);
  const classPath = new URL(page.url()).pathname.replace(/^\/sq/, "");
  const code = (await page.locator("p", { hasText: "Kodi i hyrjes" }).locator("span.font-mono").textContent())!.trim();

  const student = await browser.newContext({ baseURL: origin });
  await joinAndAnswer(student.request, origin, code);
  await student.close();

  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Nxënësit (1)" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: /Pikët sipas nxënësit dhe njësisë/ }).getByRole("row", { name: /Ana/ }),
  ).toBeVisible();
  await expect(page.getByText(/Përditësuar (tani|para \d+ sekond)/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Analiza e pyetjeve dhe keqkuptimet" }).click();
  await expect(page).toHaveURL(new RegExp(`/sq${classPath}/questions$`));
  await expect(page.getByRole("heading", { level: 1, name: /^Analiza e pyetjeve: / })).toBeVisible();
  await expect(page.getByText("Bazuar në 1 përpjekje të përfunduar.", { exact: false })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "sq");
  await expectNoAxeViolations(page);

  await page.goto(`/sq${classPath}`);
  await page.getByRole("link", { name: "Ana", exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/sq${classPath}/students/[a-z0-9]+$`));
  await expect(page.getByRole("heading", { level: 1, name: "Ana: përpjekjet dhe përgjigjet" })).toBeVisible();
  await expect(page.getByText(/✓ Saktë:|✗ Gabim:/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Serbian (Latin): the same pages.
  await page.goto(`/sr${classPath}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "sr-Latn");
  await expect(page.getByRole("heading", { level: 2, name: "Učenici (1)" })).toBeVisible();
  // The score distribution counts in Serbian plurals ("1 učenik", "0 učenika").
  await expect(page.getByText("1 učenik", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("0 učenika", { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/sr${classPath}/questions`);
  await expect(page.getByRole("heading", { level: 1, name: /^Analiza pitanja: / })).toBeVisible();
  await expect(page.getByText("Na osnovu 1 završenog pokušaja.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/sr${classPath}`);
  await page.getByRole("link", { name: "Ana", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Ana: pokušaji i odgovori" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "sr-Latn");
  await expectNoAxeViolations(page);

  // An assignment's page: due time through Intl in each language, the heat map's words.
  const classId = classPath.split("/").pop()!;
  const dueAt = new Date(Date.now() + 3 * 24 * 3_600_000).toISOString();
  const assigned = await page.request.post(`/api/classes/${classId}/assignments`, {
    data: { unit: UNIT, mode: "faq", dueAt },
    headers: { origin },
  });
  expect(assigned.ok()).toBe(true);
  const assignment = (await assigned.json()) as { id: string };
  await page.goto(`/sq${classPath}/assignments/${assignment.id}`);
  await expect(page.getByRole("heading", { level: 1, name: /: Pyetjet e shpeshta të artikullit$/ })).toBeVisible();
  await expect(page.getByText(/^afati: .*, pas 3 ditësh$/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Pyetje pas pyetjeje" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/sr${classPath}/assignments/${assignment.id}`);
  await expect(page.getByText(/^rok: .*, za 3 dana$/)).toBeVisible();
  await expect(page.getByRole("link", { name: /^Pitanje 1: / }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The CSV from the Serbian page: English keys, Serbian words.
  await page.goto(`/sr${classPath}`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Preuzmi sve odgovore (CSV)" }).click();
  const file = await download;
  const text = (await (await file.createReadStream()).toArray()).map((c: Buffer) => c.toString("utf8")).join("");
  const lines = text.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toMatch(/^Student,Assignment,Attempt,Quiz,Question,Answer,Correct,Points,Answered at \(/);
  expect(lines.filter((l) => l.startsWith("Ana,")).length).toBeGreaterThan(0);
  expect(
    lines
      .filter((l) => l.startsWith("Ana,"))
      .every((l) => /,Česta pitanja iz članka,/.test(l) && /,(da|ne),[\d.]+,/.test(l)),
  ).toBe(true);
  // Questions (and the options chosen) in the unit's Serbian translation, not in English.
  expect(text).toContain("Šta je pokrenulo sukobe");
  expect(text).not.toContain("What started the clashes");
});
