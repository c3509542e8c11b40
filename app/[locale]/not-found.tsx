import { getTranslations } from "next-intl/server";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return <NotFoundPanel title={t("title")} message={t("message")} />;
}
