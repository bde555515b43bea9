// Estimates told as estimates: a rival's count of secretaries is a guess, off by up to the
// viewer's ± error, so it is written "≈5" or as a range "3–7", never as a bare fact.
import { SECRETARY_SLOTS } from '../../sim/query.ts';

/** "≈5" for a rival's count when the viewer's estimates can be off; the bare number otherwise. */
export function approx(n: number, error: number, exact: boolean): string {
  return exact || error === 0 ? String(n) : `\u2248${n}`;
}

/** "3–7 (about 5)" for a rival's count; the number itself when it is known exactly. */
export function range(n: number, error: number, exact: boolean): string {
  if (exact || error === 0) return String(n);
  const e = Math.ceil(error);
  const lo = Math.max(0, n - e);
  const hi = Math.min(SECRETARY_SLOTS, n + e);
  return lo === hi ? String(n) : `${lo}\u2013${hi} (about ${n})`;
}
