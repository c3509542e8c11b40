import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass, linkClass, secondaryButtonClass } from "@/components/ui/styles";
import { StatusBadge } from "@/components/assignments/status-badge";
import { dueWords } from "@/components/assignments/in-locale";
import type { StudentAssignment } from "@/lib/assignments/progress";
import { routes } from "@/lib/routes";

// A student's assignments, shown first on the home and progress pages (their unit titles already in
// the page's language). Starting one is a plain form posting to the quiz, so it works without
// JavaScript and resumes an attempt in progress.

export async function MyAssignments({ assignments, now }: { assignments: StudentAssignment[]; now: Date }) {
  if (assignments.length === 0) return null;
  const t = await getTranslations("studentAssignments");
  const items = await Promise.all(
    assignments.map(async (a) => ({ ...a, title: a.unitTitle, due: await dueWords(a.dueAt, a.timeZone, now) })),
  );
  return (
    <section aria-labelledby="my-assignments-title" className="mb-8">
      <h2 id="my-assignments-title" className="mb-3 text-xl font-semibold">
        {t("title")}
      </h2>
      <ul className="space-y-3">
        {items.map((a) => {
          const done = a.status === "submitted" || a.status === "late";
          const mode = t(`modes.${a.mode}`);
          return (
            <li
              key={a.id}
              className="rounded border border-stone-300 bg-white p-4 dark:border-stone-600 dark:bg-stone-900"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-semibold">
                  {a.title}: {mode}
                </h3>
                <StatusBadge status={a.status} />
              </div>
              <p className="text-sm">
                <time dateTime={a.dueAt.toISOString()}>{a.due}</time> · {a.className}
              </p>
              <div className="mt-2 flex flex-wrap items-center gap-3">
                <form method="post" action={routes.api.attempts()}>
                  <input type="hidden" name="unit" value={a.unit} />
                  <input type="hidden" name="mode" value={a.mode} />
                  <button type="submit" className={done ? secondaryButtonClass : buttonClass}>
                    {t(`start.${a.status}`)}
                    <span className="sr-only">
                      : {a.title}, {mode}
                    </span>
                  </button>
                </form>
                <Link href={routes.unit(a.unit)} className={linkClass}>
                  {t("readTimeline")}
                  <span className="sr-only">: {a.title}</span>
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
