import { getTranslations } from "next-intl/server";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default async function QuizNotFound() {
  const t = await getTranslations("quiz");
  return <NotFoundPanel title={t("quizNotFound")} message={t("notFound.unit")} />;
}
