import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { localizeUnit } from "@/lib/content/localize";
import type { Unit } from "@/lib/content/schema";
import { getPathname } from "@/lib/i18n/navigation";
import { formatEventDate } from "@/lib/timeline/dates";
import { fitProjection } from "@/lib/timeline/map";
import { unitMapHref } from "@/lib/timeline/map-svg";
import { ReadingProgressBar } from "@/components/timeline/progress-bar";

/** `children` is room for more of the learner's progress (scores, mastery) under the reading bar. */
export async function UnitCard({ unit: given, read, children }: { unit: Unit; read?: number; children?: ReactNode }) {
  const [t, locale] = await Promise.all([getTranslations("timeline"), getLocale()]);
  // The unit in the page's language, whichever language the caller loaded it in.
  const unit = localizeUnit(given, locale);
  const total = unit.events.length;
  const first = unit.events[0];
  const last = unit.events.at(-1);
  const thumbHeight = unit.map ? Math.round((fitProjection(unit.map.extent).height / 480) * 120) : 0;
  return (
    <article className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:flex-row dark:border-stone-700 dark:bg-stone-950">
      {unit.map && (
        // eslint-disable-next-line @next/next/no-img-element -- a small SVG drawn by our own route
        <img
          src={unitMapHref(unit, { view: "thumb" })}
          width={120}
          height={thumbHeight}
          alt={t("map.thumbAlt", {
            places: unit.map.places
              .filter((p) => !p.offMap)
              .map((p) => p.name)
              .join(", "),
          })}
          className="h-auto w-[120px] shrink-0 self-start rounded border border-stone-200 dark:border-stone-700"
        />
      )}
      <div className="min-w-0 flex-1">
        <h2 className="text-xl font-semibold">
          <a
            href={getPathname({ locale, href: `/units/${unit.meta.slug}` })}
            className="inline-flex min-h-11 items-center underline decoration-1 underline-offset-4 hover:decoration-2"
          >
            {unit.meta.title}
          </a>
        </h2>
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
          {first && last
            ? t.rich("unitCard.span", {
                count: total,
                first: formatEventDate(first, locale),
                last: formatEventDate(last, locale),
                from: (chunks) => <time dateTime={first.date}>{chunks}</time>,
                to: (chunks) => <time dateTime={last.date}>{chunks}</time>,
              })
            : t("unitCard.events", { count: total })}
        </p>
        <p className="mt-2 leading-relaxed">{unit.meta.summary}</p>
        {read !== undefined && (
          <div className="mt-3">
            <ReadingProgressBar read={read} total={total} text={t("progress.readByYou", { read, total })} />
          </div>
        )}
        {children}
      </div>
    </article>
  );
}
