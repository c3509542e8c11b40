import { useTranslations } from "next-intl";
import { MASTERY_LEVELS } from "@/lib/progress/mastery";

/** The mastery levels and what earns each, in the order of the one definition in lib/. */
export function MasteryExplainer() {
  const t = useTranslations("progress.mastery");
  return (
    <section aria-labelledby="mastery-levels" className="space-y-2">
      <h2 id="mastery-levels" className="text-xl font-bold">
        {t("title")}
      </h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {MASTERY_LEVELS.map((m) => (
          <div key={m.level} className="contents">
            <dt className="font-semibold">{t(`levels.${m.level}.label`)}</dt>
            <dd className="mb-2 sm:mb-0">{t(`levels.${m.level}.rule`)}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("note")}</p>
    </section>
  );
}
