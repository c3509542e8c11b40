import type { Unit } from "@/lib/content/schema";
import { renderLocatorMap, type MapView } from "@/lib/timeline/map";
import { mapLayers } from "@/lib/timeline/map-data";

// Content does not change while the app runs, so each drawing of a unit's map is made once per process.
const drawn = new Map<string, string>();

export type MapRequest = { view: MapView; place?: string };

/** The unit's map as SVG, or a reason it cannot be drawn. */
export function unitMapSvg(unit: Unit, request: MapRequest): { ok: true; svg: string } | { ok: false; reason: "no-map" | "unknown-place" } {
  const map = unit.map;
  if (!map) return { ok: false, reason: "no-map" };
  const place = request.place ? map.places.find((p) => p.id === request.place) : undefined;
  if (request.place && !place) return { ok: false, reason: "unknown-place" };
  // A localized unit (lib/content/localize.ts) keeps the content hash but not the place names.
  const key = `${unit.meta.slug}|${unit.contentHash}|${unit.meta.language}|${request.view}|${place?.id ?? ""}`;
  let svg = drawn.get(key);
  if (!svg) {
    const title = place ? `Map of ${unit.meta.title}, with ${place.name} highlighted` : `Map of ${unit.meta.title}`;
    svg = renderLocatorMap(map, mapLayers(map.extent), { view: request.view, highlight: place?.id, title });
    drawn.set(key, svg);
  }
  return { ok: true, svg };
}

/** The address of the unit's map image; the content hash makes a changed map a new address. */
export function unitMapHref(unit: Unit, request: Partial<MapRequest> = {}): string {
  const search = new URLSearchParams({ v: unit.contentHash.slice(0, 12) });
  if (request.view === "thumb") search.set("view", "thumb");
  if (request.place) search.set("place", request.place);
  return `/units/${unit.meta.slug}/map.svg?${search}`;
}
