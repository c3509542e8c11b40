import { getTranslations } from "next-intl/server";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default async function UnitNotFound() {
  const t = await getTranslations("common.unitPages");
  return <NotFoundPanel title={t("unitNotFoundTitle")} message={t("unitNotFoundMessage")} />;
}
