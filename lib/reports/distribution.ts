import type { ScoreTable } from "@/lib/reports/score-table";

export type DistributionBin = { label: string; count: number };

const BINS = [
  { label: "0–19%", min: 0 },
  { label: "20–39%", min: 0.2 },
  { label: "40–59%", min: 0.4 },
  { label: "60–79%", min: 0.6 },
  { label: "80–100%", min: 0.8 },
];

/** How the class's best scores in one unit spread out; students without a finished quiz apart. */
export function scoreDistribution(table: ScoreTable, unitId: string): { bins: DistributionBin[]; notStarted: number } {
  const counts = BINS.map(() => 0);
  let notStarted = 0;
  for (const student of table.students) {
    const best = student.units[unitId]?.best ?? null;
    if (best === null) {
      notStarted++;
      continue;
    }
    let bin = 0;
    BINS.forEach((b, i) => {
      if (best >= b.min) bin = i;
    });
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return { bins: BINS.map((b, i) => ({ label: b.label, count: counts[i] ?? 0 })), notStarted };
}
