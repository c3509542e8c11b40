import { csvCell, csvFileName, neutraliseFormula, scoresCsv, toCsv } from "@/lib/reports/csv";
import type { ScoreTable } from "@/lib/reports/score-table";

describe("CSV cells", () => {
  it("quotes fields holding a quote, comma or line break (RFC 4180) and doubles quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\r\nlf")).toBe('"cr\r\nlf"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(85)).toBe("85");
  });

  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])(
    "neutralises %j so a spreadsheet does not run it",
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
      expect(csvCell(value).replace(/^"/, "").startsWith("'")).toBe(true);
    },
  );

  it("leaves ordinary text and names with inner symbols alone", () => {
    expect(neutraliseFormula("Ana-Maria")).toBe("Ana-Maria");
    expect(neutraliseFormula("a=b")).toBe("a=b");
  });

  it("neutralises and quotes together", () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it("starts with a UTF-8 BOM and ends every row with CRLF", () => {
    const text = toCsv([
      ["a", "b"],
      ["Zoë", 1],
    ]);
    expect(text).toBe("\uFEFFa,b\r\nZoë,1\r\n");
  });
});

describe("scoresCsv", () => {
  const table: ScoreTable = {
    classId: "c1",
    mode: "all",
    generatedAt: "2024-01-01T00:00:00.000Z",
    units: [{ id: "u", title: "Kosovo, 2023", eventsTotal: 10 }],
    students: [
      {
        enrollmentId: "e1",
        displayName: "=cmd|' /C calc'!A0",
        joinedAt: "2024-02-03T10:00:00.000Z",
        units: { u: { attempts: 2, best: 0.8, last: 0.555, mastery: "proficient", eventsRead: 4, inProgress: null } },
      },
      {
        enrollmentId: "e2",
        displayName: "Bo",
        joinedAt: "2024-02-04T10:00:00.000Z",
        units: {
          u: {
            attempts: 0,
            best: null,
            last: null,
            mastery: "not-started",
            eventsRead: 0,
            inProgress: { answered: 3, correct: 2, total: 10, startedAt: "2024-02-05T10:00:00.000Z" },
          },
        },
      },
    ],
  };

  it("writes one row per student with best and last %, attempts, mastery and events read", () => {
    const lines = scoresCsv(table)
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toBe(
      '"Kosovo, 2023: best %"'.replace(/^/, "Student,Joined,") +
        ',"Kosovo, 2023: last %","Kosovo, 2023: attempts","Kosovo, 2023: mastery","Kosovo, 2023: events read (of 10)"',
    );
    expect(lines[1]).toBe("'=cmd|' /C calc'!A0,2024-02-03,80,56,2,Proficient,4");
    expect(lines[2]).toBe("Bo,2024-02-04,,,0,Not started,0");
    expect(lines[3]).toBe("");
  });

  it("makes an ASCII-only, header-safe file name", () => {
    expect(csvFileName('Civics 10B "Zoë" / ;', new Date("2024-05-06T12:00:00Z"))).toBe(
      "civics-10b-zoe-scores-2024-05-06.csv",
    );
    expect(csvFileName("Ελληνικά", new Date("2024-05-06T12:00:00Z"))).toBe("class-scores-2024-05-06.csv");
  });
});
