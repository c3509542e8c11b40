import { useTranslations } from "next-intl";
import { ClientMessages } from "@/components/ui/client-messages";
import { inputClass, labelClass } from "@/components/ui/styles";
import { TimeZoneField } from "@/components/assignments/time-zone";

// The due and opening times, as datetime-local fields read in the zone sent alongside them.

export function AssignmentTimesFields({
  idPrefix,
  zone,
  dueAt,
  opensAt,
  error,
}: {
  idPrefix: string;
  zone: string;
  dueAt?: string;
  opensAt?: string;
  error?: "dueAt" | "opensAt" | null;
}) {
  const t = useTranslations("assignments.fields");
  const zoneNote = `${idPrefix}-zone`;
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-due`} className={labelClass}>
          {t("due")}
        </label>
        <input
          id={`${idPrefix}-due`}
          name="dueAt"
          type="datetime-local"
          required
          defaultValue={dueAt}
          aria-describedby={zoneNote}
          aria-invalid={error === "dueAt" || undefined}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-opens`} className={labelClass}>
          {t("opens")} <span className="font-normal">{t("opensHint")}</span>
        </label>
        <input
          id={`${idPrefix}-opens`}
          name="opensAt"
          type="datetime-local"
          defaultValue={opensAt}
          aria-describedby={zoneNote}
          aria-invalid={error === "opensAt" || undefined}
          className={inputClass}
        />
      </div>
      <div className="sm:col-span-2">
        <ClientMessages namespaces={["assignments"]}>
          <TimeZoneField serverZone={zone} describedBy={zoneNote} />
        </ClientMessages>
      </div>
    </>
  );
}
