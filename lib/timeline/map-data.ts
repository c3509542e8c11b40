import fs from "node:fs";
import path from "node:path";
import type { GeometryCollection, Topology } from "topojson-specification";
import { feature, mesh } from "topojson-client";
import type { MapExtent } from "@/lib/content/schema";
import type { Country, MapLayers } from "@/lib/timeline/map";

// Natural Earth's 1:10m countries, from the world-atlas package, read from disk once per process:
// the map needs no network and no tile server.

type CountryProps = { name: string };
type World = Topology<{ countries: GeometryCollection<CountryProps> }>;

let world: { topology: World; countries: Country[] } | undefined;

function loadWorld() {
  if (!world) {
    const file = path.join(
      /*turbopackIgnore: true*/ process.cwd(),
      "node_modules",
      "world-atlas",
      "countries-10m.json",
    );
    const topology = JSON.parse(fs.readFileSync(file, "utf8")) as World;
    const collection = feature(topology, topology.objects.countries);
    world = { topology, countries: collection.features as Country[] };
  }
  return world;
}

// A country is in view when one of its boundary's points is: a bounding box would let in France or
// Norway, whose overseas territories stretch their boxes across the globe.
function overlaps(extent: MapExtent, country: Country): boolean {
  const geometry = country.geometry;
  const polygons =
    geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  return polygons.some((rings) =>
    rings.some((ring) =>
      ring.some(
        ([lon = 0, lat = 0]) => lon >= extent.west && lon <= extent.east && lat >= extent.south && lat <= extent.north,
      ),
    ),
  );
}

const cache = new Map<string, MapLayers>();

/**
 * The countries that reach into the extent, widened by half its size so that the neighbours
 * fill the edges, and the boundary line between the first country in view that the places lie
 * in (by convention, the unit's focus) and its neighbour named in `boundaryBetween`.
 */
export function mapLayers(extent: MapExtent, boundaryBetween: [string, string] = ["Kosovo", "Serbia"]): MapLayers {
  const key = `${extent.west},${extent.south},${extent.east},${extent.north},${boundaryBetween.join("|")}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const { topology, countries } = loadWorld();
  const dx = (extent.east - extent.west) / 2;
  const dy = (extent.north - extent.south) / 2;
  const wide = { west: extent.west - dx, east: extent.east + dx, south: extent.south - dy, north: extent.north + dy };
  const inView = countries.filter((c) => overlaps(wide, c));
  const [a, b] = boundaryBetween;
  const boundary = mesh(topology, topology.objects.countries, (x, y) => {
    const names = [(x.properties as CountryProps | undefined)?.name, (y.properties as CountryProps | undefined)?.name];
    return x !== y && names.includes(a) && names.includes(b);
  });
  const layers: MapLayers = {
    countries: inView,
    boundary: boundary.coordinates.length > 0 ? boundary : null,
    boundaryBetween,
  };
  cache.set(key, layers);
  return layers;
}
