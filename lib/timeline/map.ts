import { geoDistance, geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, Geometry, MultiLineString } from "geojson";
import type { MapExtent, Place, PlacesFile } from "@/lib/content/schema";

// The unit's locator map, drawn on the server as an SVG document (no tiles, no network, no script).
// Country shapes come from Natural Earth (see map-data.ts); this file only projects and draws.

export type Country = Feature<Geometry, { name: string }>;
export type MapLayers = { countries: Country[]; boundary: MultiLineString | null; boundaryBetween: [string, string] };
export type MapView = "full" | "thumb";

export const MAP_WIDTH = 480;

/** A Mercator projection that fits the extent's box to the drawing, and the drawing's height. */
export function fitProjection(extent: MapExtent, width = MAP_WIDTH): { projection: GeoProjection; height: number } {
  const corners = {
    type: "MultiPoint" as const,
    coordinates: [
      [extent.west, extent.south],
      [extent.east, extent.north],
      [extent.west, extent.north],
      [extent.east, extent.south],
    ],
  };
  const probe = geoMercator().fitWidth(width, corners);
  const [[, y0], [, y1]] = geoPath(probe).bounds(corners);
  const height = Math.round(y1 - y0);
  const projection = geoMercator()
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      corners,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  return { projection, height };
}

/** Whether a point (degrees) lies in the extent's box. */
export function insideExtent(extent: MapExtent, lon: number, lat: number): boolean {
  return lon >= extent.west && lon <= extent.east && lat >= extent.south && lat <= extent.north;
}

/**
 * Where the arrow for a place beyond the map goes: on the ray from the map's centre towards the
 * place, `inset` units inside the drawing's edge, with the arrow's direction in degrees.
 */
export function edgeArrow(
  from: [number, number],
  towards: [number, number],
  width: number,
  height: number,
  inset = 18,
): { x: number; y: number; angle: number } {
  const dx = towards[0] - from[0];
  const dy = towards[1] - from[1];
  const tx = dx === 0 ? Infinity : dx > 0 ? (width - inset - from[0]) / dx : (inset - from[0]) / dx;
  const ty = dy === 0 ? Infinity : dy > 0 ? (height - inset - from[1]) / dy : (inset - from[1]) / dy;
  const t = Math.min(tx, ty);
  return { x: from[0] + dx * t, y: from[1] + dy * t, angle: (Math.atan2(dy, dx) * 180) / Math.PI };
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const round = (n: number) => Math.round(n * 10) / 10;

const STYLE = `
.c{fill:#e7e5e4;stroke:#78716c;stroke-width:.8}
.k{fill:#fff}
.b{fill:none;stroke:#1c1917;stroke-width:2.2;stroke-dasharray:7 4}
.cn{font:600 12px system-ui,sans-serif;fill:#57534e;letter-spacing:.12em}
.p{fill:#1c1917;stroke:#fff;stroke-width:1.5}
.h{fill:#b91c1c;stroke:#fff;stroke-width:2}
.hr{fill:none;stroke:#b91c1c;stroke-width:2.5}
.l{font:13px system-ui,sans-serif;fill:#1c1917;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.hl{font-weight:700;fill:#7f1d1d}
.a{fill:#1c1917}
.lg{fill:#fff;fill-opacity:.92;stroke:#78716c}
.lt{font:11px system-ui,sans-serif;fill:#1c1917}
@media (prefers-color-scheme:dark){
.c{fill:#44403c;stroke:#a8a29e}
.k{fill:#292524}
.b{stroke:#fafaf9}
.cn{fill:#d6d3d1}
.p{fill:#fafaf9;stroke:#1c1917}
.h{fill:#f87171;stroke:#1c1917}
.hr{stroke:#f87171}
.l{fill:#fafaf9;stroke:#1c1917}
.hl{fill:#fecaca}
.a{fill:#fafaf9}
.lg{fill:#1c1917;stroke:#a8a29e}
.lt{fill:#fafaf9}
}`;

const labelWidthOf = (text: string) => text.length * 9 + 8;

/**
 * Where a country's name goes: the point on a grid over the drawing that lies inside the country
 * (with room for the name on both sides) and farthest from the unit's places, so that a country
 * wrapped around another (Serbia around northern Kosovo) is not labelled inside its neighbour.
 */
function countryLabelSpot(
  country: Country,
  projection: GeoProjection,
  width: number,
  height: number,
  textWidth: number,
  places: readonly [number, number][],
): [number, number] | undefined {
  // The country's outline as drawn (projected and clipped), tested in drawing units: far cheaper
  // than testing each grid point on the sphere against a 1:10m outline.
  const rings = projectedRings(country, projection);
  const inside = (x: number, y: number) => pointInRings(rings, x, y);
  let best: [number, number] | undefined;
  let bestScore = -Infinity;
  for (let y = 24; y <= height - 40; y += 16) {
    for (let x = textWidth / 2 + 6; x <= width - textWidth / 2 - 6; x += 16) {
      const half = textWidth / 2 + 6;
      const clear = [
        [0, 0],
        [-half, 0],
        [half, 0],
        [-half, -18],
        [half, -18],
        [-half, 10],
        [half, 10],
      ].every(([dx = 0, dy = 0]) => inside(x + dx, y + dy));
      if (!clear) continue;
      const nearest = places.reduce((min, [px, py]) => Math.min(min, Math.hypot((px - x) / 2, py - y)), Infinity);
      // Among spots clear of the places, the one nearest the middle of the drawing.
      const score = Math.min(nearest, 60) - Math.hypot(x - width / 2, y - height / 2) / 1000;
      if (score > bestScore) {
        bestScore = score;
        best = [x, y];
      }
    }
  }
  return bestScore >= 24 ? best : undefined;
}

function projectedRings(country: Country, projection: GeoProjection): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  const context = {
    moveTo(x: number, y: number) {
      ring = [[x, y]];
      rings.push(ring);
    },
    lineTo(x: number, y: number) {
      ring.push([x, y]);
    },
    closePath() {},
    arc() {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(country);
  return rings;
}

/** Even-odd rule: a point is inside when a ray from it crosses the outline an odd number of times. */
function pointInRings(rings: readonly (readonly [number, number][])[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function placeMarker(place: Place, x: number, y: number, highlighted: boolean): string {
  if (place.kind === "crossing") {
    // A crossing is a square turned on its corner, so it reads apart from towns without colour.
    const d = highlighted ? 7 : 5;
    return `<path class="${highlighted ? "h" : "p"}" d="M${round(x)} ${round(y - d)}l${d} ${d}-${d} ${d}-${d}-${d}z"/>`;
  }
  if (place.kind === "capital") {
    const s = highlighted ? 6 : 4.5;
    return `<rect class="${highlighted ? "h" : "p"}" x="${round(x - s)}" y="${round(y - s)}" width="${s * 2}" height="${s * 2}"/>`;
  }
  return `<circle class="${highlighted ? "h" : "p"}" cx="${round(x)}" cy="${round(y)}" r="${highlighted ? 6 : 4}"/>`;
}

function labelAttrs(place: Place, x: number, y: number): string {
  const gap = 8;
  switch (place.label) {
    case "left":
      return `x="${round(x - gap)}" y="${round(y + 4)}" text-anchor="end"`;
    case "above":
      return `x="${round(x)}" y="${round(y - gap - 2)}" text-anchor="middle"`;
    case "below":
      return `x="${round(x)}" y="${round(y + gap + 11)}" text-anchor="middle"`;
    default:
      return `x="${round(x + gap)}" y="${round(y + 4)}"`;
  }
}

/** The map as a standalone SVG document. `highlight` is the id of the place to stand out. */
export function renderLocatorMap(
  map: PlacesFile,
  layers: MapLayers,
  options: { view?: MapView; highlight?: string; title: string; distance?: (place: string, km: number) => string } = {
    title: "Map",
  },
): string {
  const distance = options.distance ?? ((place: string, km: number) => `${place}, about ${km} km`);
  const view = options.view ?? "full";
  const width = MAP_WIDTH;
  const { projection, height } = fitProjection(map.extent, width);
  const path = geoPath(projection).digits(1);
  const parts: string[] = [];

  const [focusName] = layers.boundaryBetween;
  for (const country of layers.countries) {
    const d = path(country);
    if (!d) continue;
    parts.push(`<path class="c${country.properties.name === focusName ? " k" : ""}" d="${d}"/>`);
  }
  if (layers.boundary) {
    const d = path(layers.boundary);
    if (d) parts.push(`<path class="b" d="${d}"/>`);
  }
  if (view === "full") {
    const points = map.places
      .filter((p) => !p.offMap)
      .map((p) => projection([p.lon, p.lat]))
      .filter((p) => p !== null);
    for (const country of layers.countries) {
      const name = country.properties.name.toUpperCase();
      const spot = countryLabelSpot(country, projection, width, height, labelWidthOf(name), points);
      if (spot)
        parts.push(
          `<text class="cn" x="${round(spot[0])}" y="${round(spot[1])}" text-anchor="middle">${escapeXml(name)}</text>`,
        );
    }
  }

  const centreLonLat: [number, number] = [
    (map.extent.west + map.extent.east) / 2,
    (map.extent.south + map.extent.north) / 2,
  ];
  const centre = projection(centreLonLat) ?? [width / 2, height / 2];
  for (const place of map.places) {
    const highlighted = place.id === options.highlight;
    if (place.offMap) {
      const target = projection([place.lon, place.lat]);
      if (!target) continue;
      const arrow = edgeArrow([centre[0], centre[1]], [target[0], target[1]], width, height);
      const km = Math.round((geoDistance(centreLonLat, [place.lon, place.lat]) * 6371) / 10) * 10;
      parts.push(
        `<path class="${highlighted ? "h" : "a"}" transform="translate(${round(arrow.x)} ${round(arrow.y)}) rotate(${round(arrow.angle)})" d="M10 0L-6 -8L-2 0L-6 8z"/>`,
      );
      if (view === "full") {
        const onRight = arrow.x > width / 2;
        const below = arrow.y < 30;
        const lx = arrow.x + (onRight ? -14 : 14);
        const ly = below ? arrow.y + 22 : arrow.y - 12;
        parts.push(
          `<text class="l${highlighted ? " hl" : ""}" x="${round(lx)}" y="${round(ly)}" text-anchor="${below ? "middle" : onRight ? "end" : "start"}">${escapeXml(distance(place.name, km))}</text>`,
        );
      }
      continue;
    }
    const point = projection([place.lon, place.lat]);
    if (!point) continue;
    const [x, y] = point;
    if (highlighted) parts.push(`<circle class="hr" cx="${round(x)}" cy="${round(y)}" r="12"/>`);
    parts.push(placeMarker(place, x, y, highlighted));
    if (view === "full")
      parts.push(
        `<text class="l${highlighted ? " hl" : ""}" ${labelAttrs(place, x, y)}>${escapeXml(place.name)}</text>`,
      );
  }

  if (view === "full" && map.boundaryLabel && layers.boundary) {
    const text = map.boundaryLabel;
    const boxWidth = Math.min(width - 16, Math.ceil(text.length * 6.2) + 48);
    const y = height - 30;
    parts.push(
      `<g transform="translate(8 ${y})"><rect class="lg" width="${boxWidth}" height="22" rx="3"/><path class="b" d="M8 11h24"/><text class="lt" x="40" y="15">${escapeXml(text)}</text></g>`,
    );
  }

  const label = escapeXml(options.title);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label}"><title>${label}</title><style>${STYLE}</style>${parts.join("")}</svg>`;
}
