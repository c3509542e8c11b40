import { getTranslations } from "next-intl/server";
import type { AnswerWords } from "@/lib/reports/localized";

/** The words a report writes for answers that are not option texts ("True", "(left blank)"), in the page's language. */
export async function answerWords(): Promise<AnswerWords> {
  const t = await getTranslations("reports.answer");
  return { true: t("true"), false: t("false"), blank: t("blank"), nothingChosen: t("nothingChosen") };
}
