import type { Unit } from "@/lib/content/schema";
import { renderLocatorMap, type MapView } from "@/lib/timeline/map";
import { mapLayers } from "@/lib/timeline/map-data";
import { defaultLocale, isLocale, localizePath } from "@/lib/i18n/locales";

// Content does not change while the app runs, so each drawing of a unit's map is made once per process.
const drawn = new Map<string, string>();

export type MapRequest = { view: MapView; place?: string };

/** The words drawn into the SVG, in the unit's language (the route passes the catalogue's). */
export type MapWords = {
  title: (unit: string, place?: string) => string;
  distance: (place: string, km: number) => string;
};

const englishWords: MapWords = {
  title: (unit, place) => (place ? `Map of ${unit}, with ${place} highlighted` : `Map of ${unit}`),
  distance: (place, km) => `${place}, about ${km} km`,
};

/** The unit's map as SVG, or a reason it cannot be drawn. */
export function unitMapSvg(
  unit: Unit,
  request: MapRequest,
  words: MapWords = englishWords,
): { ok: true; svg: string } | { ok: false; reason: "no-map" | "unknown-place" } {
  const map = unit.map;
  if (!map) return { ok: false, reason: "no-map" };
  const place = request.place ? map.places.find((p) => p.id === request.place) : undefined;
  if (request.place && !place) return { ok: false, reason: "unknown-place" };
  // A localized unit (lib/content/localize.ts) keeps the content hash but not the place names.
  const key = `${unit.meta.slug}|${unit.contentHash}|${unit.meta.language}|${request.view}|${place?.id ?? ""}`;
  let svg = drawn.get(key);
  if (!svg) {
    const title = words.title(unit.meta.title, place?.name);
    svg = renderLocatorMap(map, mapLayers(map.extent), {
      view: request.view,
      highlight: place?.id,
      title,
      distance: words.distance,
    });
    drawn.set(key, svg);
  }
  return { ok: true, svg };
}

/** The address of the unit's map image; the content hash makes a changed map a new address. */
export function unitMapHref(unit: Unit, request: Partial<MapRequest> = {}): string {
  const search = new URLSearchParams({ v: unit.contentHash.slice(0, 12) });
  if (request.view === "thumb") search.set("view", "thumb");
  if (request.place) search.set("place", request.place);
  // A translated unit's map is drawn in its language, so the image lives under that language's prefix.
  return localizePath(
    isLocale(unit.meta.language) ? unit.meta.language : defaultLocale,
    `/units/${unit.meta.slug}/map.svg?${search}`,
  );
}
