import { webWorkers } from "@/scripts/web-workers";

describe("webWorkers", () => {
  it("runs one web worker on SQLite, and says why when more were asked for", () => {
    expect(webWorkers({ databaseKind: "sqlite", WEB_CONCURRENCY: undefined }, 8)).toEqual({ workers: 1 });
    expect(webWorkers({ databaseKind: "sqlite", WEB_CONCURRENCY: 1 }, 8)).toEqual({ workers: 1 });
    const many = webWorkers({ databaseKind: "sqlite", WEB_CONCURRENCY: 4 }, 8);
    expect(many.workers).toBe(1);
    expect(many.note).toMatch(/WEB_CONCURRENCY=4 is for PostgreSQL/);
  });

  it("runs one per core on PostgreSQL unless WEB_CONCURRENCY says otherwise", () => {
    expect(webWorkers({ databaseKind: "postgresql", WEB_CONCURRENCY: undefined }, 8)).toEqual({ workers: 8 });
    expect(webWorkers({ databaseKind: "postgresql", WEB_CONCURRENCY: 3 }, 8)).toEqual({ workers: 3 });
  });
});
