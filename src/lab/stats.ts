// How sure can we be? A 95% Wilson interval for a share, and an exact paired test (McNemar's)
// for the difference between two setups played on the same seeds, game by game.

export interface Interval {
  low: number;
  high: number;
}

/** The 95% Wilson score interval of x successes in n tries (as shares, 0..1). */
export function wilson(x: number, n: number, z = 1.959964): Interval {
  if (n <= 0) return { low: 0, high: 1 };
  const p = x / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

function logFactorials(n: number): Float64Array {
  const out = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) out[i] = out[i - 1] + Math.log(i);
  return out;
}

/** Two-sided exact binomial test of k out of m against a fair coin. */
export function signTestP(k: number, m: number): number {
  if (m === 0) return 1;
  const lf = logFactorials(m);
  const low = Math.min(k, m - k);
  let tail = 0;
  for (let i = 0; i <= low; i++) tail += Math.exp(lf[m] - lf[i] - lf[m - i] - m * Math.LN2);
  return Math.min(1, 2 * tail);
}

export interface Paired {
  /** Games (pairs) counted. */
  n: number;
  countA: number;
  countB: number;
  /** Pairs where it happened with setup A only, and with B only. */
  onlyA: number;
  onlyB: number;
  /** Share in B minus share in A. */
  difference: number;
  /** 95% interval of that difference (paired). */
  interval: Interval;
  /** How often chance alone would give a gap at least this large (exact McNemar test). */
  p: number;
  /** p below 0.05: larger than chance. */
  significant: boolean;
}

/** Compare one outcome between two setups, pair by pair (game i of A against game i of B). */
export function pairedComparison(a: readonly boolean[], b: readonly boolean[]): Paired {
  const n = Math.min(a.length, b.length);
  let countA = 0;
  let countB = 0;
  let onlyA = 0;
  let onlyB = 0;
  for (let i = 0; i < n; i++) {
    if (a[i]) countA++;
    if (b[i]) countB++;
    if (a[i] && !b[i]) onlyA++;
    if (b[i] && !a[i]) onlyB++;
  }
  const difference = n ? (onlyB - onlyA) / n : 0;
  const se = n ? Math.sqrt(Math.max(0, onlyA + onlyB - (onlyB - onlyA) ** 2 / n)) / n : 0;
  const p = signTestP(onlyA, onlyA + onlyB);
  return {
    n,
    countA,
    countB,
    onlyA,
    onlyB,
    difference,
    interval: {
      low: Math.max(-1, difference - 1.959964 * se),
      high: Math.min(1, difference + 1.959964 * se),
    },
    p,
    significant: p < 0.05,
  };
}

/** "1 in 40" for people: how rare a p-value is. */
export function oneIn(p: number): string {
  if (p >= 0.5) return 'often';
  if (p < 0.0001) return 'less than 1 in 10,000';
  const n = Math.round(1 / p);
  return `about 1 in ${n.toLocaleString('en-GB')}`;
}
