import { buttonClass, inputClass, labelClass } from "@/components/ui/styles";
import { getUnits } from "@/lib/content/load";

type Props = { classes?: { id: string; name: string }[]; classId?: string; idPrefix?: string };

/** Starts a live session; a plain form posting to the same endpoint as the JSON API. */
export function StartLiveForm({ classes, classId, idPrefix = "live" }: Props) {
  const units = getUnits();
  return (
    <form method="post" action="/api/live" className="flex flex-wrap items-end gap-3">
      {classId ? (
        <input type="hidden" name="classId" value={classId} />
      ) : (
        classes && (
          <div>
            <label htmlFor={`${idPrefix}-class`} className={labelClass}>
              Class
            </label>
            <select id={`${idPrefix}-class`} name="classId" defaultValue="" className={inputClass}>
              <option value="">No class (a one-off lesson)</option>
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
          Unit
        </label>
        <select id={`${idPrefix}-unit`} name="unit" className={inputClass}>
          {units.map((u) => (
            <option key={u.meta.slug} value={u.meta.slug}>
              {u.meta.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-mode`} className={labelClass}>
          Questions
        </label>
        <select id={`${idPrefix}-mode`} name="mode" className={inputClass}>
          <option value="faq">The article&apos;s FAQ</option>
          <option value="unit">Whole unit (up to 12)</option>
        </select>
      </div>
      <button type="submit" className={buttonClass}>
        Start live session
      </button>
    </form>
  );
}
