import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

// The student's side in Albanian (/sq) and Serbian Latin (/sr): the FAQ quiz end to end with
// corrective feedback in that language, a language switch in the middle of an attempt, and axe on
// the translated pages. The expected texts are read from the catalogues and the unit's translation
// files, so a reworded translation does not break the test, and a missing one does.

const UNIT = "northern-kosovo-2023";
const unitDir = path.join(process.cwd(), "content", UNIT);
type FaqQuestion = {
  id: string;
  prompt: string;
  answer: string;
  fromFaq?: boolean;
  options: { id: string; text: string }[];
};
const faq = (JSON.parse(fs.readFileSync(path.join(unitDir, "questions.json"), "utf8")) as FaqQuestion[]).filter(
  (q) => q.fromFaq,
);

type Locale = "sq" | "sr-Latn";
type QuestionTexts = { prompt: string; explanation: string; options: Record<string, string> };
const translation = (locale: Locale) =>
  JSON.parse(fs.readFileSync(path.join(unitDir, "translations", `${locale}.json`), "utf8")) as {
    unit: { title: string };
    questions: Record<string, QuestionTexts>;
  };
type Catalogue = { [key: string]: string | Catalogue };
const catalogue = (locale: Locale, namespace: string) =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", locale, `${namespace}.json`), "utf8")) as Catalogue;
/** A message with its {placeholders} filled in (no plurals: the tests pick messages without them). */
function message(messages: Catalogue, key: string, values: Record<string, string | number> = {}): string {
  const text = key
    .split(".")
    .reduce<Catalogue | string>((node, part) => (node as Catalogue)[part] as Catalogue | string, messages);
  if (typeof text !== "string") throw new Error(`no message ${key}`);
  return text.replace(/\{(\w+)(?:, number(?:, percent)?)?\}/g, (_, name: string) => String(values[name]));
}

const languages = [
  { locale: "sq" as const, prefix: "/sq", name: "Shqip" },
  { locale: "sr-Latn" as const, prefix: "/sr", name: "Srpski" },
];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const { locale, prefix } of languages) {
  const quiz = catalogue(locale, "quiz");
  const progress = catalogue(locale, "progress");
  const content = translation(locale);

  test(`the FAQ quiz in ${locale}, from the start to the score and the progress page`, async ({ page }) => {
    await page.goto(`${prefix}/units/${UNIT}/quiz`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      message(quiz, "heading", { unit: content.unit.title }),
    );
    await expectNoAxeViolations(page);

    await page
      .getByRole("button", { name: message(quiz, "launcher.startLabel", { quiz: message(quiz, "modes.faq") }) })
      .click();
    for (const [index, question] of faq.entries()) {
      const texts = content.questions[question.id]!;
      await expect(
        page.getByRole("heading", {
          name: message(quiz, "player.questionOf", { number: index + 1, total: faq.length }),
        }),
      ).toBeVisible();
      const group = page.getByRole("group", { name: texts.prompt });
      // The second question is answered wrongly on purpose, to see corrective feedback.
      const wrong = index === 1;
      const chosen = question.options.find((o) => (wrong ? o.id !== question.answer : o.id === question.answer))!;
      await group.getByRole("radio", { name: texts.options[chosen.id], exact: true }).check();
      await page.getByRole("button", { name: message(quiz, "question.check") }).click();

      const verdict = message(quiz, wrong ? "feedback.notQuite" : "feedback.correct");
      const feedback = page.getByRole("region", { name: verdict, exact: true });
      await expect(feedback.getByRole("heading", { level: 3, name: verdict, exact: true })).toBeFocused();
      await expect(feedback.getByText(texts.explanation, { exact: true })).toBeVisible();
      // The events behind the answer open in the same language.
      await expect(feedback.getByRole("link").first()).toHaveAttribute(
        "href",
        new RegExp(`^${prefix}/units/${UNIT}/events/[a-z0-9-]+$`),
      );
      if (wrong) {
        await expect(feedback.getByText(message(quiz, "feedback.correctAnswer"), { exact: true })).toBeVisible();
        await expect(feedback.getByText(message(quiz, "feedback.chosenWrong"))).toBeVisible();
        await expect(feedback.getByText(texts.options[question.answer]!, { exact: true })).toBeVisible();
        await expectNoAxeViolations(page);
      }
      const last = index === faq.length - 1;
      await page.getByRole("button", { name: message(quiz, last ? "player.seeScore" : "player.next") }).click();
    }

    const share = new Intl.NumberFormat(locale, { style: "percent" }).format((faq.length - 1) / faq.length);
    const score = page.getByRole("heading", {
      level: 2,
      name: message(quiz, "result.score", { points: faq.length - 1, total: faq.length, share }),
    });
    await expect(score).toBeFocused();
    await expect(page.getByRole("heading", { name: message(quiz, "result.readAgain") })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: message(quiz, "result.seeProgress") }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/progress$`));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1, name: message(progress, "title") })).toBeVisible();
    const card = page.getByRole("article");
    await expect(card.getByRole("heading", { name: content.unit.title })).toBeVisible();
    await expect(card).toContainText(message(progress, "mastery.levels.familiar.label"));
    await expect(page.getByRole("heading", { name: message(progress, "mastery.title") })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${message(progress, "title")}`));
    await expectNoAxeViolations(page);
  });

  test(`the home and join pages in ${locale}: translated, lang ${locale}, no axe violations`, async ({ page }) => {
    const home = catalogue(locale, "home");
    const join = catalogue(locale, "join");
    await page.goto(prefix);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1, name: message(home, "title") })).toBeVisible();
    await expect(page.getByText(message(home, "intro"))).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`${prefix}/join`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page).toHaveTitle(new RegExp(`^${message(join, "title")}`));
    await expect(page.getByRole("textbox", { name: message(join, "code") })).toBeVisible();
    await expect(page.getByRole("link", { name: message(join, "signIn") })).toHaveAttribute(
      "href",
      `${prefix}/signin?as=student`,
    );
    await expectNoAxeViolations(page);
  });
}

test("switching language in the middle of an attempt keeps it and its answers", async ({ page }) => {
  const sq = catalogue("sq", "quiz");
  const content = translation("sq");
  const started = await page.request.post("/api/attempts", { data: { unit: UNIT, mode: "faq" } });
  expect(started.status()).toBe(201);
  const { attempt, questions } = (await started.json()) as {
    attempt: { id: string };
    questions: { id: string; prompt: string }[];
  };
  // The JSON API speaks the request's language: here English.
  expect(questions[0]!.prompt).toBe(faq.find((q) => q.id === questions[0]!.id)!.prompt);

  const attemptPath = `/units/${UNIT}/quiz/attempts/${attempt.id}`;
  await page.goto(attemptPath);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const first = faq.find((q) => q.id === questions[0]!.id)!;
  await page
    .getByRole("group", { name: first.prompt })
    .getByRole("radio", { name: first.options.find((o) => o.id === first.answer)!.text, exact: true })
    .check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByText(`1 of ${faq.length} answered`)).toBeVisible();

  // The language menu links to the same attempt, query included, in Albanian.
  await page.locator("summary", { hasText: "Language" }).click();
  await page.getByRole("link", { name: "Shqip" }).click();
  await expect(page).toHaveURL(new RegExp(`/sq${attemptPath}\\?answered=${first.id}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "sq");
  await expect(
    page.getByText(message(sq, "progress.text", { answered: 1, total: faq.length }), { exact: true }),
  ).toBeVisible();
  // The answer given in English is shown, in Albanian, as the feedback of the first question.
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: message(sq, "attempt.yourAnswerTo", { prompt: content.questions[first.id]!.prompt }),
    }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 3, name: message(sq, "feedback.correct"), exact: true }),
  ).toBeVisible();

  // The attempt goes on in Albanian: the second question, a wrong answer, corrective feedback.
  const second = faq.find((q) => q.id === questions[1]!.id)!;
  const texts = content.questions[second.id]!;
  await expect(
    page.getByRole("heading", { name: message(sq, "player.questionOf", { number: 2, total: faq.length }) }),
  ).toBeVisible();
  const wrong = second.options.find((o) => o.id !== second.answer)!;
  await page
    .getByRole("group", { name: texts.prompt })
    .getByRole("radio", { name: texts.options[wrong.id], exact: true })
    .check();
  await page.getByRole("button", { name: message(sq, "question.check") }).click();
  await expect(page).toHaveURL(new RegExp(`^[^?]*/sq${attemptPath}\\?answered=${second.id}$`));
  const feedback = page.getByRole("region", { name: message(sq, "feedback.notQuite"), exact: true });
  await expect(feedback.getByText(texts.options[second.answer]!, { exact: true })).toBeVisible();
  await expect(
    page.getByText(message(sq, "progress.text", { answered: 2, total: faq.length }), { exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The quiz page in Albanian offers to resume the same attempt where it stands.
  await page.goto(`/sq/units/${UNIT}/quiz`);
  await expect(page.getByText(message(sq, "launcher.inProgress", { answered: 2, total: faq.length }))).toBeVisible();
  await page
    .getByRole("button", { name: message(sq, "launcher.resumeLabel", { quiz: message(sq, "modes.faq") }) })
    .click();
  await expect(
    page.getByRole("heading", { name: message(sq, "player.questionOf", { number: 3, total: faq.length }) }),
  ).toBeVisible();
  await expect(page.getByRole("group", { name: content.questions[questions[2]!.id]!.prompt })).toBeVisible();
});
