import { masteryLabel, type MasteryLevel } from "@/lib/progress/mastery";
import type { ScoreTable } from "@/lib/reports/score-table";

// RFC 4180 CSV for spreadsheets: CRLF line ends, fields quoted when they hold a quote, comma or
// line break, and a UTF-8 byte order mark so Excel reads accents right. A cell a spreadsheet
// would run as a formula (= + - @, or a tab/CR that some apps strip before looking) gets a
// leading apostrophe: a student could otherwise name themselves "=HYPERLINK(...)".

export type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: Cell): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Cell[][]): string {
  return "\uFEFF" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));

/** Column keys stay English in every language (docs/I18N.md); `mastery` names the levels in the teacher's. */
export function scoresCsv(table: ScoreTable, mastery: (level: MasteryLevel) => string = masteryLabel): string {
  const header: Cell[] = ["Student", "Joined"];
  for (const unit of table.units) {
    header.push(
      `${unit.title}: best %`,
      `${unit.title}: last %`,
      `${unit.title}: attempts`,
      `${unit.title}: mastery`,
      `${unit.title}: events read (of ${unit.eventsTotal})`,
    );
  }
  const rows: Cell[][] = [header];
  for (const student of table.students) {
    const row: Cell[] = [student.displayName, student.joinedAt.slice(0, 10)];
    for (const unit of table.units) {
      const s = student.units[unit.id];
      row.push(
        percent(s?.best ?? null),
        percent(s?.last ?? null),
        s?.attempts ?? 0,
        mastery(s?.mastery ?? "not-started"),
        s?.eventsRead ?? 0,
      );
    }
    rows.push(row);
  }
  return toCsv(rows);
}

/** An ASCII-only file name, safe in a Content-Disposition header on every browser. */
export function csvFileName(className: string, date: Date, kind: "scores" | "responses" = "scores"): string {
  const slug = className
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${slug || "class"}-${kind}-${date.toISOString().slice(0, 10)}.csv`;
}
