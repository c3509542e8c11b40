import { contentUnits as getUnits } from "@/tests/support/content";
import { syncContent } from "@/lib/content/sync";
import { readCountsByUnit, readEventSlugs, recordReads } from "@/lib/progress/reading";
import { GET, POST } from "@/app/api/units/[unit]/reads/route";
import { jsonRequest, sessionTokenFrom } from "@/tests/support/requests";
import { createTestDb, type TestDb } from "@/tests/support/test-database";

const UNIT = "northern-kosovo-2023";
const url = (unit = UNIT) => `/api/units/${unit}/reads`;
const ctx = (unit = UNIT) => ({ params: Promise.resolve({ unit }) });

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await syncContent(t.db, getUnits());
});
afterAll(async () => {
  await t.cleanup();
});

async function postReads(body: unknown, init: { cookie?: string; unit?: string; origin?: string | null } = {}) {
  const res = await POST(
    jsonRequest(url(init.unit), { method: "POST", body, cookie: init.cookie, origin: init.origin }),
    ctx(init.unit),
  );
  return { res, json: await res.json() };
}

async function counts() {
  return { users: await t.db.user.count(), reads: await t.db.eventRead.count() };
}

describe("POST /api/units/[unit]/reads", () => {
  it("creates a guest learner, records the reads and sets the session cookie", async () => {
    const { res, json } = await postReads({ eventIds: ["banjska-ambush", "ep-resolution"] });
    expect(res.status).toBe(200);
    expect(json.added).toBe(2);
    expect([...json.read].sort()).toEqual(["banjska-ambush", "ep-resolution"]);
    expect(json.total).toBe(getUnits().find((u) => u.meta.slug === UNIT)?.events.length);
    const token = sessionTokenFrom(res);
    expect(token).toBeDefined();

    const again = await postReads(
      { eventIds: ["ep-resolution", "ep-resolution", "nato-sg-statement"] },
      { cookie: token },
    );
    expect(again.res.status).toBe(200);
    expect(again.json.added).toBe(1);
    expect(again.json.read).toHaveLength(3);
    // The learner already has a session: no new cookie, no new user.
    expect(sessionTokenFrom(again.res)).toBeUndefined();

    const get = await GET(jsonRequest(url(), { cookie: token }), ctx());
    expect(get.status).toBe(200);
    const body = await get.json();
    expect([...body.read].sort()).toEqual(["banjska-ambush", "ep-resolution", "nato-sg-statement"]);
  });

  it("keeps the first read time when an event is read again", async () => {
    const user = await t.db.user.create({ data: { role: "student" } });
    expect(await recordReads(t.db, user.id, UNIT, ["zvecan-clashes"])).toBe(1);
    const first = await t.db.eventRead.findFirstOrThrow({ where: { userId: user.id } });
    expect(first.readAt).toBeInstanceOf(Date);
    expect(await recordReads(t.db, user.id, UNIT, ["zvecan-clashes", "zvecan-clashes"])).toBe(0);
    const second = await t.db.eventRead.findFirstOrThrow({ where: { userId: user.id } });
    expect(second.readAt.getTime()).toBe(first.readAt.getTime());
  });

  it("counts reads per unit in the database and ignores retired events", async () => {
    const user = await t.db.user.create({ data: { role: "guest" } });
    await recordReads(t.db, user.id, UNIT, ["banjska-ambush", "eulex-established", "ep-resolution"]);
    expect(await readCountsByUnit(t.db, user.id)).toEqual(new Map([[UNIT, 3]]));
    await t.db.timelineEvent.update({ where: { id: `${UNIT}/eulex-established` }, data: { retiredAt: new Date() } });
    try {
      expect(await readCountsByUnit(t.db, user.id)).toEqual(new Map([[UNIT, 2]]));
      expect((await readEventSlugs(t.db, user.id, UNIT)).sort()).toEqual(["banjska-ambush", "ep-resolution"]);
    } finally {
      await t.db.timelineEvent.update({ where: { id: `${UNIT}/eulex-established` }, data: { retiredAt: null } });
    }
  });

  it("answers 404 for an unknown or malformed unit and changes nothing", async () => {
    const before = await counts();
    const unknown = await postReads({ eventIds: ["banjska-ambush"] }, { unit: "no-such-unit" });
    expect(unknown.res.status).toBe(404);
    expect(unknown.json.error).toBe("There is no such unit.");
    const malformed = await postReads({ eventIds: ["banjska-ambush"] }, { unit: "../Etc" });
    expect(malformed.res.status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("answers 422 naming the unknown event ids and records none of the batch", async () => {
    const before = await counts();
    const { res, json } = await postReads({ eventIds: ["banjska-ambush", "made-up-event", "another-one"] });
    expect(res.status).toBe(422);
    expect(json.error).toBe("The unit has no such event; nothing was recorded.");
    expect(json.issues).toEqual([{ path: "eventIds", message: "unknown event ids: made-up-event, another-one" }]);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["an empty list", { eventIds: [] }, /at least one/],
    ["more than 200 ids", { eventIds: Array.from({ length: 201 }, (_, i) => `event-${i}`) }, /at most 200/],
    ["ids that are not slugs", { eventIds: ["Banjska Ambush"] }, /slug/],
    ["a missing list", {}, /eventIds/],
    ["an extra field", { eventIds: ["banjska-ambush"], userId: "someone" }, /userId|Unrecognized/i],
    ["a string instead of a list", { eventIds: "banjska-ambush" }, /list of event ids/],
  ])("answers 422 for %s", async (_name, body, message) => {
    const before = await counts();
    const { res, json } = await postReads(body);
    expect(res.status).toBe(422);
    expect(JSON.stringify(json.issues)).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it("refuses a body that is not JSON, and a cross-site request", async () => {
    const before = await counts();
    const notJson = await POST(
      jsonRequest(url(), { method: "POST", rawBody: "{eventIds:", headers: { "content-type": "application/json" } }),
      ctx(),
    );
    expect(notJson.status).toBe(400);
    const wrongType = await POST(
      jsonRequest(url(), { method: "POST", rawBody: "eventIds=x", headers: { "content-type": "text/plain" } }),
      ctx(),
    );
    expect(wrongType.status).toBe(415);
    const crossSite = await postReads({ eventIds: ["banjska-ambush"] }, { origin: "https://evil.example" });
    expect(crossSite.res.status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

describe("GET /api/units/[unit]/reads", () => {
  it("gives an empty list to a visitor without a session and creates no learner", async () => {
    const before = await counts();
    const res = await GET(jsonRequest(url()), ctx());
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.read).toEqual([]);
    expect(body.total).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
  });

  it("answers 404 for an unknown unit", async () => {
    const res = await GET(jsonRequest(url("no-such-unit")), ctx("no-such-unit"));
    expect(res.status).toBe(404);
  });
});
