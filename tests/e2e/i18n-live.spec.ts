import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";

// One live session, three languages: the teacher's projector in English, one student following in
// Albanian (/sq/live) and one in Serbian (/sr/live). Each device gets the question and the reveal
// in its own language from the same stream; the projector's tally counts both answers.

const PROMPT = { en: /What started the clashes/, sq: /Çfarë i nisi përleshjet/, sr: /Šta je pokrenulo sukobe/ };
const SQ_RIGHT = "Persona të armatosur i ngritën pritë një patrulle të Policisë së Kosovës pranë Banjskës";
const SR_WRONG = "Jedinice Vojske Srbije prešle su granicu i ušle na sever Kosova";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

type Words = { prefix: string; code: string; next: string; name: string; join: string; joined: string };
const ALBANIAN: Words = {
  prefix: "/sq",
  code: "Kodi i sesionit",
  next: "Vazhdo",
  name: "Emri yt",
  join: "Hyr",
  joined: "Je brenda.",
};
const SERBIAN: Words = {
  prefix: "/sr",
  code: "Kod sesije",
  next: "Nastavi",
  name: "Tvoje ime",
  join: "Pridruži se",
  joined: "Tu si.",
};

async function studentJoins(browser: Browser, code: string, name: string, words: Words): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${words.prefix}/live`);
  await page.getByLabel(words.code).fill(code);
  await page.getByRole("button", { name: words.next, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${words.prefix}/live/${code}$`));
  await page.getByLabel(words.name).fill(name);
  await page.getByRole("button", { name: words.join, exact: true }).click();
  await expect(page.getByText(words.joined)).toBeVisible();
  return page;
}

test("a projector in English with one student in Albanian and one in Serbian in the same session", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await page.goto("/signup");
  await page.getByLabel("Your name, as students see it").fill("Ms Tri");
  await page.getByLabel("Email address").fill(`live-i18n-${Date.now()}@example.org`);
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.goto("/teacher/live");
  await page.getByLabel("Questions").selectOption("faq");
  await page.getByRole("button", { name: "Start live session" }).click();
  await expect(page).toHaveURL(/\/teacher\/live\/[a-z0-9]+$/);
  const code = (await page.getByTestId("live-code").textContent())!.trim();

  const arta = await studentJoins(browser, code, "Arta", ALBANIAN);
  const milica = await studentJoins(browser, code, "Milica", SERBIAN);
  await expect(page.getByTestId("device-count")).toHaveText("2");
  await expect(arta.locator("html")).toHaveAttribute("lang", "sq");
  await expect(milica.locator("html")).toHaveAttribute("lang", "sr-Latn");
  await expect(arta.getByText("Janë lidhur 2 pajisje.")).toBeVisible();
  await expect(milica.getByText("Pridružila su se 2 uređaja.")).toBeVisible();

  await page.getByRole("button", { name: "Show first question" }).click();
  await expect(page.getByRole("heading", { name: PROMPT.en })).toBeVisible();
  await expect(arta.getByRole("group", { name: PROMPT.sq })).toBeVisible();
  await expect(milica.getByRole("group", { name: PROMPT.sr })).toBeVisible();
  await expect(arta.getByText("Pyetja 1 nga 4")).toBeVisible();
  await expect(milica.getByText("Pitanje 1 od 4")).toBeVisible();
  await expectNoAxeViolations(arta);

  await arta.getByLabel(SQ_RIGHT).check();
  await arta.getByRole("button", { name: "Dërgo përgjigjen" }).click();
  await expect(arta.getByText("Përgjigjja u pranua.")).toBeVisible();
  await milica.getByLabel(SR_WRONG).check();
  await milica.getByRole("button", { name: "Pošalji odgovor" }).click();
  await expect(milica.getByText("Odgovor je primljen.")).toBeVisible();
  await expect(page.getByTestId("answered-count")).toHaveText("2");

  await page.getByRole("button", { name: "Reveal answer" }).click();
  await expect(page.getByText("Right answer:")).toBeVisible();
  await expect(page.getByRole("list", { name: "Answers given" })).toContainText(
    "Gunmen ambushed a Kosovo Police patrol near Banjska",
  );
  await expect(page.getByRole("list", { name: "Answers given" }).getByText("1 (50%)")).toHaveCount(2);

  await expect(arta.getByText("Përgjigjja e saktë:")).toBeVisible();
  await expect(arta.getByText(/^Dhuna filloi rreth orës 02:45/)).toBeVisible();
  await expect(arta.getByRole("list", { name: "Përgjigjet e dhëna" })).toContainText(SQ_RIGHT);
  await expect(milica.getByText("Tačan odgovor:")).toBeVisible();
  await expect(milica.getByText(/^Nasilje je počelo 24\. septembra 2023\./)).toBeVisible();
  await expect(milica.getByRole("list", { name: "Dati odgovori" })).toContainText(
    "Naoružani ljudi napali su iz zasede patrolu Kosovske policije kod Banjske",
  );
  await expectNoAxeViolations(arta);
  await expectNoAxeViolations(milica);

  await page.getByRole("button", { name: "End session" }).click();
  await expect(page.getByRole("heading", { name: "Session ended: summary" })).toBeVisible();
  await expect(arta.getByRole("heading", { name: "Sesioni ka përfunduar" })).toBeVisible();
  await expect(arta.getByText("1 përgjigje ishte e saktë")).toBeVisible();
  await expect(milica.getByRole("heading", { name: "Sesija je završena" })).toBeVisible();
  await expect(milica.getByText("0 odgovora je tačno")).toBeVisible();
  await expect(milica.getByRole("link", { name: "Pogledaj svoj napredak" })).toHaveAttribute("href", "/sr/progress");
});
