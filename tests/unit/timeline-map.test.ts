import { contentUnit as getUnit } from "@/tests/support/content";
import { validateUnit } from "@/lib/content/validate";
import { edgeArrow, fitProjection, insideExtent, MAP_WIDTH, renderLocatorMap } from "@/lib/timeline/map";
import { mapLayers } from "@/lib/timeline/map-data";

const extent = { west: 20.3, south: 42.55, east: 21.4, north: 43.3 };

describe("the map's projection", () => {
  it("fits the extent to the drawing: its corners land on the edges", () => {
    const { projection, height } = fitProjection(extent);
    expect(height).toBeGreaterThan(300);
    const [x0, y0] = projection([extent.west, extent.north])!;
    const [x1, y1] = projection([extent.east, extent.south])!;
    expect(x0).toBeCloseTo(0, 0);
    expect(x1).toBeCloseTo(MAP_WIDTH, 0);
    expect(y0).toBeCloseTo(0, 0);
    expect(y1).toBeCloseTo(height, 0);
  });

  it("puts every place of the first unit inside the drawing, or beyond it when it is off the map", () => {
    const unit = getUnit("northern-kosovo-2023")!;
    const { projection, height } = fitProjection(unit.map!.extent);
    for (const place of unit.map!.places) {
      const [x, y] = projection([place.lon, place.lat])!;
      const inDrawing = x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= height;
      expect([place.id, inDrawing]).toEqual([place.id, !place.offMap]);
      expect(insideExtent(unit.map!.extent, place.lon, place.lat)).toBe(!place.offMap);
    }
  });

  it("points an arrow from the centre towards a place beyond the edge, inside the drawing", () => {
    const up = edgeArrow([240, 200], [200, -600], 480, 400);
    expect(up.y).toBeCloseTo(18, 6);
    expect(up.x).toBeGreaterThan(18);
    expect(up.angle).toBeLessThan(-90);
    const right = edgeArrow([240, 200], [2000, 200], 480, 400);
    expect(right).toEqual({ x: 462, y: 200, angle: 0 });
  });
});

describe("the drawn map", () => {
  const unit = getUnit("northern-kosovo-2023")!;
  const layers = mapLayers(unit.map!.extent);

  it("draws Kosovo and its neighbours and the boundary, with no network", () => {
    expect(layers.countries.map((c) => c.properties.name).sort()).toEqual([
      "Albania",
      "Kosovo",
      "Macedonia",
      "Montenegro",
      "Serbia",
    ]);
    expect(layers.boundary?.coordinates.length).toBeGreaterThan(0);
  });

  it("labels the places and the boundary neutrally, and highlights one place", () => {
    const svg = renderLocatorMap(unit.map!, layers, { title: "Map", highlight: "banjska" });
    expect(svg.startsWith("<svg")).toBe(true);
    for (const name of ["Banjska", "Zvečan", "Jarinje crossing", "Brnjak crossing", "Pristina", "Leposavić"])
      expect(svg).toContain(`>${name}<`);
    expect(svg).toMatch(/>Belgrade, about \d+ km</);
    expect(svg).toContain("Kosovo–Serbia boundary; Serbia calls it the administrative line");
    expect(svg.match(/class="l hl"/g)).toHaveLength(1);
    expect(svg.length).toBeLessThan(20_000);
    const thumb = renderLocatorMap(unit.map!, layers, { title: "Map", view: "thumb" });
    expect(thumb).not.toContain(">Banjska<");
  });
});

describe("places in the content", () => {
  const unit = getUnit("northern-kosovo-2023")!;
  const raw = (places: unknown, events = unit.events) => ({
    "unit.json": unit.meta,
    "actors.json": unit.actors,
    "sources.json": unit.sources,
    "events.json": events,
    "questions.json": unit.questions.filter((q) => q.origin !== "timeline"),
    "places.json": places,
  });

  it("refuses a place outside the map's extent, and an off-map place inside it", () => {
    const places = structuredClone(unit.map!);
    places.places[0]!.lon = 25;
    places.places.at(-1)!.lat = 43;
    places.places.at(-1)!.lon = 21;
    const { problems } = validateUnit("northern-kosovo-2023", raw(places));
    expect(problems.map((p) => `${p.file}: ${p.path}`)).toEqual([
      "northern-kosovo-2023/places.json: places[0]",
      "northern-kosovo-2023/places.json: places[10].offMap",
    ]);
    expect(problems[0]!.message).toMatch(/outside the map's extent/);
  });

  it("refuses an event's place that places.json does not list", () => {
    const events = structuredClone(unit.events);
    events[0]!.places = ["atlantis"];
    const { problems } = validateUnit("northern-kosovo-2023", raw(unit.map, events));
    expect(problems).toEqual([
      {
        file: "northern-kosovo-2023/events.json",
        path: "events[0].places[0]",
        message: 'unknown place id "atlantis" (not in places.json)',
      },
    ]);
  });

  it("refuses an extent whose sides are the wrong way round", () => {
    const places = { ...unit.map!, extent: { west: 21, south: 42, east: 20, north: 43 } };
    const { problems } = validateUnit("northern-kosovo-2023", raw(places));
    expect(problems[0]?.message).toMatch(/west must be less than east/);
  });
});
