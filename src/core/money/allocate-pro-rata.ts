/** Exact largest-remainder split for whole-number weights (money, quantities): BigInt, no float error. */
function allocateExact(total: number, weights: readonly number[]): number[] {
  const T = BigInt(total);
  const S = weights.reduce((a, w) => a + BigInt(w), 0n);
  const parts = weights.map((w) => (T * BigInt(w)) / S);
  const rests = weights.map((w, i) => ({ i, rest: (T * BigInt(w)) % S, positive: w > 0 }));
  rests.sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  let left = T - parts.reduce((a, b) => a + b, 0n);
  for (const { i, positive } of rests) {
    if (left <= 0n) break;
    if (!positive) continue;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map(Number);
}

/** Largest-remainder split for fractional weights, scaled by the largest so the sum cannot overflow. */
function allocateFloat(total: number, weights: readonly number[]): number[] {
  const largest = Math.max(...weights);
  const basis = weights.map((w) => w / largest);
  const sum = basis.reduce((a, b) => a + b, 0);
  const exact = basis.map((w) => (w / sum) * total);
  const parts = exact.map((x) => Math.floor(x));
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .filter(({ i }) => (basis[i] ?? 0) > 0)
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  let left = total - parts.reduce((a, b) => a + b, 0);
  if (left >= order.length) {
    const each = Math.floor(left / order.length);
    for (const { i } of order) parts[i] = (parts[i] ?? 0) + each;
    left -= each * order.length;
  }
  // Float error can leave the floors a few units over or under; settle them on the largest remainders.
  for (let k = 0, guard = 0; left !== 0 && guard < 4 * order.length + 4; k = (k + 1) % order.length, guard++) {
    const slot = order[left > 0 ? k : order.length - 1 - k];
    if (!slot) break;
    const current = parts[slot.i] ?? 0;
    if (left < 0 && current === 0) continue;
    parts[slot.i] = current + (left > 0 ? 1 : -1);
    left += left > 0 ? -1 : 1;
  }
  return parts;
}

/**
 * Splits a whole amount over weights in proportion, rounding by largest remainder so the parts add up
 * exactly to the amount and none is negative. When every weight is zero the amount is shared equally.
 */
export function allocateProRata(amount: number, weights: readonly number[]): number[] {
  const total = Number.isFinite(amount) ? Math.max(0, Math.trunc(amount)) : 0;
  if (weights.length === 0) return [];
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const basis = clean.some((w) => w > 0) ? clean : clean.map(() => 1);
  const whole = Number.isSafeInteger(total) && basis.every((w) => Number.isSafeInteger(w));
  return whole ? allocateExact(total, basis) : allocateFloat(total, basis);
}
