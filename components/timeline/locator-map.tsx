import type { Unit } from "@/lib/content/schema";
import { fitProjection, MAP_WIDTH } from "@/lib/timeline/map";
import { unitMapHref } from "@/lib/timeline/map-svg";

/**
 * The unit's locator map. The SVG is drawn by the server at its own address, so the page's HTML
 * stays small and the image is cached; its places are also listed as text for those who cannot see it.
 */
export function LocatorMap({ unit, highlight, className = "" }: { unit: Unit; highlight?: string; className?: string }) {
  const map = unit.map;
  if (!map) return null;
  const { height } = fitProjection(map.extent);
  const onMap = map.places.filter((p) => !p.offMap);
  const offMap = map.places.filter((p) => p.offMap);
  const place = highlight ? map.places.find((p) => p.id === highlight) : undefined;
  return (
    <figure className={`rounded-lg border border-stone-200 p-3 sm:p-4 dark:border-stone-700 ${className}`}>
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn by our own route; next/image adds nothing here */}
      <img
        src={unitMapHref(unit, { place: place?.id })}
        width={MAP_WIDTH}
        height={height}
        loading="lazy"
        decoding="async"
        alt={`Map: ${onMap.map((p) => p.name).join(", ")}${offMap.length ? `; ${offMap.map((p) => p.name).join(", ")} off the map` : ""}${place ? `. ${place.name} is highlighted.` : ""}${map.boundaryLabel ? ` The dashed line is the ${map.boundaryLabel}.` : ""}`}
        className="h-auto w-full max-w-[480px] rounded"
      />
      <figcaption className="mt-2 text-sm text-stone-700 dark:text-stone-300">
        {place ? (
          <>
            <strong>{place.name}</strong>, highlighted in red{place.offMap ? " (an arrow points its way)" : ""}.{" "}
          </>
        ) : null}
        Places: {onMap.map((p) => p.name).join(", ")}
        {offMap.length > 0 && <>; arrows point to {offMap.map((p) => p.name).join(", ")}</>}. Map data: Natural Earth.
      </figcaption>
    </figure>
  );
}
