import {
  dueInWords,
  dueParts,
  formatDueTime,
  localTimestamps,
  parseDateTime,
  relativeTime,
  toLocalInput,
} from "@/lib/assignments/time";
import { countStatuses, statusOf } from "@/lib/assignments/status";

// Due times typed as wall-clock times in the teacher's zone, across daylight-saving changes.

describe("parseDateTime", () => {
  it("reads a wall-clock time in the given zone, and an explicit offset as that instant", () => {
    expect(parseDateTime("2026-12-04T14:00", "Europe/Belgrade")?.toISOString()).toBe("2026-12-04T13:00:00.000Z");
    expect(parseDateTime("2026-07-04T14:00", "Europe/Belgrade")?.toISOString()).toBe("2026-07-04T12:00:00.000Z");
    expect(parseDateTime("2026-12-04T14:00:00+05:30", "Europe/Belgrade")?.toISOString()).toBe(
      "2026-12-04T08:30:00.000Z",
    );
    expect(parseDateTime("2026-12-04T14:00Z", "Asia/Tokyo")?.toISOString()).toBe("2026-12-04T14:00:00.000Z");
  });

  it("settles the day daylight saving starts", () => {
    // 29 March 2026, 03:30 in Belgrade is after clocks went forward (UTC+2).
    expect(parseDateTime("2026-03-29T03:30", "Europe/Belgrade")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("refuses what is not a date-time", () => {
    for (const text of ["next Friday", "2026-02-30T10:00", "2026-12-04", "2026-12-04T25:00", ""])
      expect(parseDateTime(text, "UTC")).toBeNull();
  });

  it("gives back what a datetime-local field shows", () => {
    expect(toLocalInput(new Date("2026-12-04T13:00:00Z"), "Europe/Belgrade")).toBe("2026-12-04T14:00");
  });
});

describe("due time in words", () => {
  const now = new Date("2026-12-02T10:00:00Z"); // a Wednesday
  it("names the weekday within the coming week, and the date beyond it", () => {
    expect(dueInWords(new Date("2026-12-04T13:00:00Z"), "Europe/Belgrade", now)).toBe("due Friday 14:00, in 2 days");
    expect(formatDueTime(new Date("2026-12-20T13:00:00Z"), "Europe/Belgrade", now)).toBe("Sunday 20 December 14:00");
    expect(dueInWords(new Date("2026-12-02T07:00:00Z"), "UTC", now)).toMatch(/^was due .*, 3 hours ago$/);
    expect(relativeTime(new Date(now.getTime() + 20_000), now)).toBe("just now");
  });

  it("is written in the page's language, in the same zone", () => {
    const due = new Date("2026-12-04T13:00:00Z");
    expect(dueParts(due, "Europe/Belgrade", now, "sq")).toEqual({
      past: false,
      when: "e premte, 14:00",
      relative: "pas 2 ditësh",
    });
    expect(dueParts(due, "Europe/Belgrade", now, "sr-Latn")).toEqual({
      past: false,
      when: "petak 14:00",
      relative: "za 2 dana",
    });
    expect(dueParts(new Date("2026-12-20T13:00:00Z"), "Europe/Belgrade", now, "sr-Latn").when).toBe(
      "nedelja, 20. decembar 14:00",
    );
    expect(dueParts(new Date("2026-12-02T07:00:00Z"), "UTC", now, "sq")).toMatchObject({
      past: true,
      when: "e mërkurë, 2 dhjetor në 07:00",
      relative: "3 orë më parë",
    });
    expect(dueParts(new Date(now.getTime() - 20_000), "UTC", now, "sr-Latn").relative).toBeNull();
  });

  it("writes many answer times in one zone", () => {
    const stamp = localTimestamps("Asia/Tokyo");
    expect(stamp(new Date("2026-12-04T13:00:05Z"))).toBe("2026-12-04 22:00:05");
  });
});

describe("status", () => {
  it("prefers submitted on time over late over in progress", () => {
    expect(statusOf({ onTime: 1, late: 1, open: 1 })).toBe("submitted");
    expect(statusOf({ onTime: 0, late: 1, open: 1 })).toBe("late");
    expect(statusOf({ onTime: 0, late: 0, open: 1 })).toBe("in-progress");
    expect(statusOf({ onTime: 0, late: 0, open: 0 })).toBe("not-started");
    expect(countStatuses(["late", "submitted", "not-started", "late"])).toEqual({
      notStarted: 1,
      inProgress: 0,
      submitted: 1,
      late: 2,
    });
  });
});
