import { getTranslations } from "next-intl/server";
import { buttonClass, inputClass, labelClass } from "@/components/ui/styles";
import { routes } from "@/lib/routes";

type Props = {
  units: { slug: string; title: string }[];
  classes?: { id: string; name: string }[];
  classId?: string;
  idPrefix?: string;
};

/** Starts a live session; a plain form posting to the same endpoint as the JSON API (unit titles in the page's language). */
export async function StartLiveForm({ units, classes, classId, idPrefix = "live" }: Props) {
  const t = await getTranslations("live.start");
  return (
    <form method="post" action={routes.api.live()} className="flex flex-wrap items-end gap-3">
      {classId ? (
        <input type="hidden" name="classId" value={classId} />
      ) : (
        classes && (
          <div>
            <label htmlFor={`${idPrefix}-class`} className={labelClass}>
              {t("class")}
            </label>
            <select id={`${idPrefix}-class`} name="classId" defaultValue="" className={inputClass}>
              <option value="">{t("noClass")}</option>
              {classes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )
      )}
      <div>
        <label htmlFor={`${idPrefix}-unit`} className={labelClass}>
          {t("unit")}
        </label>
        <select id={`${idPrefix}-unit`} name="unit" className={inputClass}>
          {units.map((u) => (
            <option key={u.slug} value={u.slug}>
              {u.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-mode`} className={labelClass}>
          {t("questions")}
        </label>
        <select id={`${idPrefix}-mode`} name="mode" className={inputClass}>
          <option value="faq">{t("faq")}</option>
          <option value="unit">{t("unitMode")}</option>
        </select>
      </div>
      <button type="submit" className={buttonClass}>
        {t("submit")}
      </button>
    </form>
  );
}
