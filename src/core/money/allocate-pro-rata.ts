/**
 * Splits a whole amount over weights in proportion, rounding by largest remainder so the parts add up
 * exactly to the amount and none is negative. When every weight is zero the amount is shared equally.
 */
export function allocateProRata(amount: number, weights: readonly number[]): number[] {
  const total = Number.isFinite(amount) ? Math.max(0, Math.trunc(amount)) : 0;
  if (weights.length === 0) return [];
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  const basis = sum > 0 ? clean : clean.map(() => 1);
  const basisSum = sum > 0 ? sum : basis.length;
  const exact = basis.map((w) => (w / basisSum) * total);
  const parts = exact.map((x) => Math.floor(x));
  const byRemainder = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .filter(({ i }) => (basis[i] ?? 0) > 0)
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  let left = total - parts.reduce((a, b) => a + b, 0);
  // Float error can leave the floors a unit over or under; settle it on the largest remainders.
  for (let k = 0; left !== 0 && byRemainder.length > 0; k = (k + 1) % byRemainder.length) {
    const slot = byRemainder[left > 0 ? k : byRemainder.length - 1 - k];
    if (!slot) break;
    const current = parts[slot.i] ?? 0;
    if (left < 0 && current === 0) continue;
    parts[slot.i] = current + (left > 0 ? 1 : -1);
    left += left > 0 ? -1 : 1;
  }
  return parts;
}
