// What the lab's results say, as rows: who wins, who falls first, each contender's fate; each
// row with its counts per setup, a 95% interval, and (for two setups) the paired comparison.
import { CONTENDER_INFO } from '../../content/people.ts';
import type { BatchSpec, LabTable } from '../../lab/batch.ts';
import type { GameRecord } from '../../lab/lab-game.ts';
import { pairedComparison, wilson, type Interval, type Paired } from '../../lab/stats.ts';
import { CONTENDERS, FATES, type ContenderId, type Fate } from '../../sim/ids.ts';
import { FATE_LABEL } from '../board/over-model.ts';

export interface ArmResult {
  spec: BatchSpec;
  /** "A" or "B" (or "" when there is one setup). */
  name: string;
  label: string;
  /** Game i at index i. */
  records: GameRecord[];
  /** The same table `heirs lab --json` prints. */
  table: LabTable;
}

export interface Row {
  key: string;
  label: string;
  counts: number[];
  runs: number[];
  intervals: Interval[];
  paired: Paired | null;
}

function row(
  key: string,
  label: string,
  arms: readonly ArmResult[],
  test: (g: GameRecord) => boolean,
): Row {
  const hits = arms.map((a) => a.records.map(test));
  const counts = hits.map((h) => h.filter(Boolean).length);
  const runs = arms.map((a) => a.records.length);
  return {
    key,
    label,
    counts,
    runs,
    intervals: counts.map((x, i) => wilson(x, runs[i])),
    paired: arms.length === 2 ? pairedComparison(hits[0], hits[1]) : null,
  };
}

const nameOf = (c: ContenderId | 'none') => (c === 'none' ? 'No one' : CONTENDER_INFO[c].name);

export function winnerRows(arms: readonly ArmResult[]): Row[] {
  return (['none', ...CONTENDERS] as const)
    .map((c) =>
      row(`winner:${c}`, nameOf(c), arms, (g) =>
        c === 'none' ? g.winners.length === 0 : g.winners.includes(c),
      ),
    )
    .filter((r) => r.key !== 'winner:none' || r.counts.some((n) => n > 0))
    .sort((a, b) => (a.key === 'winner:none' ? 1 : b.key === 'winner:none' ? -1 : 0));
}

export function firstToFallRows(arms: readonly ArmResult[]): Row[] {
  return (['none', ...CONTENDERS] as const)
    .map((c) => row(`first:${c}`, nameOf(c), arms, (g) => g.firstToFall === c))
    .filter((r) => r.counts.some((n) => n > 0));
}

export interface FateGroup {
  contender: ContenderId;
  name: string;
  /** Every fate, in order, even those that never happened (for the chart). */
  all: Row[];
  /** The fates that happened in at least one game (for the table). */
  seen: Row[];
}

export function fateGroups(arms: readonly ArmResult[]): FateGroup[] {
  return CONTENDERS.map((c) => {
    const all = FATES.map((f: Fate) =>
      row(`fate:${c}:${f}`, FATE_LABEL[f], arms, (g) => g.fates[c] === f),
    );
    return {
      contender: c,
      name: CONTENDER_INFO[c].name,
      all,
      seen: all.filter((r) => r.counts.some((n) => n > 0)),
    };
  });
}

/** A share for people: 0.853 → "85%", with one decimal below 1% ("0.4%"). */
export function share(x: number): string {
  const p = x * 100;
  if (p > 0 && p < 1) return `${p.toFixed(1)}%`;
  return `${Math.round(p)}%`;
}

export function range(i: Interval): string {
  return `${share(i.low)}\u2013${share(i.high)}`;
}

/** A change in percentage points: "+12 points", "\u22123 points", "no change". */
export function points(d: number): string {
  const v = Math.round(d * 1000) / 10;
  if (v === 0) return 'no change';
  const n = Math.abs(v) >= 10 || Number.isInteger(v) ? Math.round(Math.abs(v)) : Math.abs(v);
  return `${v > 0 ? '+' : '\u2212'}${n} point${n === 1 ? '' : 's'}`;
}
