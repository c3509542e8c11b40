// Classical test theory on aggregated counts; the counting itself is done by the database.

/** Attempts in each of the upper and lower groups: 27% of n rounded up, as the SQL ranks them. */
export function groupSize(attempts: number): number {
  return Math.ceil((attempts * 27) / 100);
}

export type GroupCounts = { upperN: number; upperCorrect: number; lowerN: number; lowerCorrect: number };

/**
 * Discrimination index D = p_upper − p_lower: how much better the strongest attempts did on this
 * question than the weakest. Null when either group has no answer to it.
 */
export function discrimination(c: GroupCounts): number | null {
  if (c.upperN === 0 || c.lowerN === 0) return null;
  return c.upperCorrect / c.upperN - c.lowerCorrect / c.lowerN;
}

/** How a teacher should read D (Ebel's bands); the words are in the "reports" catalogue. */
export type DiscriminationBand = "not-enough" | "well" | "somewhat" | "barely" | "negative";

export function discriminationBand(d: number | null): DiscriminationBand {
  if (d === null) return "not-enough";
  if (d >= 0.4) return "well";
  if (d >= 0.2) return "somewhat";
  if (d >= 0) return "barely";
  return "negative";
}

/** Questions answered correctly by less than this share point to events to go over again. */
export const WEAK_SHARE = 0.6;

export function shareCorrect(correct: number, answered: number): number | null {
  return answered === 0 ? null : correct / answered;
}
