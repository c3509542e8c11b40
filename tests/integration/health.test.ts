import { createTestDb, type TestDb } from "@/tests/support/test-database";
import { jsonRequest } from "@/tests/support/requests";
import { GET } from "@/app/api/health/route";
import { GET as live } from "@/app/api/health/live/route";

const OPERATOR = "operator-token-of-at-least-32-characters";
process.env.OPERATOR_TOKEN = OPERATOR;

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.cleanup());

describe("GET /api/health", () => {
  it("says ok and nothing about the database to anyone", async () => {
    for (const authorization of [undefined, "Bearer wrong", `Basic ${OPERATOR}`]) {
      const res = await GET(jsonRequest("/api/health", { headers: authorization ? { authorization } : {} }));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "ok" });
    }
  });

  it("tells the operator which database it answers from", async () => {
    const res = await GET(jsonRequest("/api/health", { headers: { authorization: `Bearer ${OPERATOR}` } }));
    expect(await res.json()).toEqual({ status: "ok", database: t.url.startsWith("file:") ? "sqlite" : "postgresql" });
  });

  it("answers 503 when the database does not answer", async () => {
    await t.db.$disconnect();
    const spy = jest.spyOn(t.db, "$queryRawUnsafe").mockRejectedValueOnce(new Error("connection refused"));
    const res = await GET(jsonRequest("/api/health"));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "unavailable" });
    spy.mockRestore();
  });
});

describe("GET /api/health/live", () => {
  it("says ok without asking the database", async () => {
    await t.db.$disconnect();
    const spy = jest.spyOn(t.db, "$queryRawUnsafe").mockRejectedValue(new Error("connection refused"));
    const res = await live(jsonRequest("/api/health/live"));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok" });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
