import { createTestDb, type TestDb } from "@/tests/support/test-database";
import { GET } from "@/app/api/health/route";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.cleanup());

describe("GET /api/health", () => {
  it("reports the database it answers from", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: t.url.startsWith("file:") ? "sqlite" : "postgresql" });
  });

  it("answers 503 when the database does not answer", async () => {
    await t.db.$disconnect();
    const spy = jest.spyOn(t.db, "$queryRawUnsafe").mockRejectedValueOnce(new Error("connection refused"));
    const res = await GET();
    expect(res.status).toBe(503);
    expect((await res.json()).status).toBe("unavailable");
    spy.mockRestore();
  });
});
