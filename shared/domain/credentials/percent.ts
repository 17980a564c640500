// Shares of a whole, in tenths of a percent, that add up to exactly 100.0 % however they round.

export const PERMILLE = 1000;

/**
 * The largest-remainder method (Hamilton): every part gets the whole tenths of its exact share,
 * then the tenths still missing go one each to the parts with the largest remainders (ties: the
 * larger part, then the earlier one). Integer arithmetic only, so the answer never depends on
 * floating point. With nothing to share (all zero), every share is zero.
 */
export function largestRemainder(counts: readonly number[], scale = PERMILLE): number[] {
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (total === 0) return counts.map(() => 0);
  const floors = counts.map((c) => Math.floor((c * scale) / total));
  const remainders = counts.map((c) => (c * scale) % total);
  let missing = scale - floors.reduce((sum, f) => sum + f, 0);
  const order = counts
    .map((_, i) => i)
    .sort((a, b) => (remainders[b] ?? 0) - (remainders[a] ?? 0) || (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
  const shares = floors.slice();
  for (const i of order) {
    if (missing <= 0) break;
    if ((remainders[i] ?? 0) === 0) continue;
    shares[i] = (shares[i] ?? 0) + 1;
    missing--;
  }
  return shares;
}

/** One share on its own (not a part of a partition), rounded half up: 2 of 3 is 666.7 → 667. */
export function permilleOf(count: number, total: number, scale = PERMILLE): number {
  if (total === 0) return 0;
  return Math.floor((2 * count * scale + total) / (2 * total));
}
