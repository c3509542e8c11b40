import type { Unit } from "@/lib/content/schema";
import { fitProjection, MAP_WIDTH } from "@/lib/timeline/map";
import { unitMapHref } from "@/lib/timeline/map-svg";
import type { Speech } from "@/components/timeline/translate";

/**
 * The unit's locator map. The SVG is drawn by the server at its own address, so the page's HTML
 * stays small and the image is cached; its places are also listed as text for those who cannot see it.
 */
export function LocatorMap({
  unit,
  highlight,
  className = "",
  t,
}: {
  unit: Unit;
  highlight?: string;
  className?: string;
  t: Speech["t"];
}) {
  const map = unit.map;
  if (!map) return null;
  const { height } = fitProjection(map.extent);
  const onMap = map.places.filter((p) => !p.offMap);
  const offMap = map.places.filter((p) => p.offMap);
  const place = highlight ? map.places.find((p) => p.id === highlight) : undefined;
  const names = (places: typeof map.places) => places.map((p) => p.name).join(", ");
  const alt = [
    `${t("map.alt", { places: names(onMap) })}${offMap.length ? `; ${t("map.altOffMap", { places: names(offMap) })}` : ""}.`,
    place ? t("map.altHighlight", { place: place.name }) : "",
    map.boundaryLabel ? t("map.altBoundary", { boundary: map.boundaryLabel }) : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <figure className={`rounded-lg border border-stone-200 p-3 sm:p-4 dark:border-stone-700 ${className}`}>
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn by our own route; next/image adds nothing here */}
      <img
        src={unitMapHref(unit, { place: place?.id })}
        width={MAP_WIDTH}
        height={height}
        loading="lazy"
        decoding="async"
        alt={alt}
        className="h-auto w-full max-w-[480px] rounded"
      />
      <figcaption className="mt-2 text-sm text-stone-700 dark:text-stone-300">
        {place ? (
          <>
            <strong>{place.name}</strong>, {t("map.highlighted")}
            {place.offMap ? ` ${t("map.arrow")}` : ""}.{" "}
          </>
        ) : null}
        {t("map.places", { places: names(onMap) })}
        {offMap.length > 0 && `; ${t("map.arrows", { places: names(offMap) })}`}. {t("map.credit")}
      </figcaption>
    </figure>
  );
}
