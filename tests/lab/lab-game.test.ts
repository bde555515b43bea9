// The browser lab's pieces in Node: one-game tables summed in game order give `runBatch`'s table
// exactly; a game played again for its replay is the game the batch counted; the statistics.
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchSpec } from '../../src/lab/batch.ts';
import { mergeTables, playOne, recordOf, replayOne } from '../../src/lab/lab-game.ts';
import { oneIn, pairedComparison, signTestP, wilson } from '../../src/lab/stats.ts';
import { runReplay } from '../../src/machine/replay.ts';
import { scenario } from '../helpers.ts';

const spec = (over: Partial<BatchSpec> = {}): BatchSpec => ({
  scenario: scenario('1928-grain-crisis'),
  runs: 5,
  seed: 'lab-page',
  faction: 'bukharin',
  factionPolicy: 'challenger',
  difficulty: 'historical',
  whatifs: [],
  ...over,
});

describe('the lab in pieces', () => {
  it('one-game tables summed in game order equal the batch table', () => {
    const s = spec();
    const ones = Array.from({ length: s.runs }, (_, i) => playOne(s, i));
    expect(mergeTables(s, ones)).toEqual(runBatch(s));
  });

  it('a game played again for its replay is the game the batch counted, and replays', () => {
    const s = spec({ faction: null, whatifs: ['bukharin_kamenev_1928'] });
    const record = recordOf(s, playOne(s, 2), 2);
    const { replay, summary } = replayOne(s, 2);
    expect(replay.seed).toBe('lab-page#3');
    expect(record.seed).toBe('lab-page#3');
    if (summary.winner) expect(record.winners).toContain(summary.winner);
    expect(summary.fates).toEqual(record.fates);
    const again = runReplay(s.scenario, replay);
    expect(again.ok && again.hash).toBe(replay.finalStateHash);
  });
});

describe('the statistics', () => {
  it('Wilson intervals match the quick checks in BALANCE.md', () => {
    expect(wilson(0, 20).high).toBeCloseTo(0.161, 3);
    const a = wilson(3, 40);
    expect([a.low, a.high].map((x) => Math.round(x * 100))).toEqual([3, 20]);
    const b = wilson(40, 200);
    expect([b.low, b.high].map((x) => Math.round(x * 100))).toEqual([15, 26]);
  });

  it('the paired test counts the pairs that differ', () => {
    expect(signTestP(0, 0)).toBe(1);
    expect(signTestP(0, 5)).toBeCloseTo(0.0625, 6);
    expect(signTestP(2, 10)).toBeCloseTo(0.109375, 6);
    const a = [true, true, true, false, false, false, true, true];
    const b = [true, false, false, false, false, false, false, false];
    const r = pairedComparison(a, b);
    expect([r.countA, r.countB, r.onlyA, r.onlyB]).toEqual([5, 1, 4, 0]);
    expect(r.difference).toBe(-0.5);
    expect(r.p).toBeCloseTo(0.125, 6);
    expect(r.significant).toBe(false);
    expect(oneIn(0.0125)).toBe('about 1 in 80');
  });
});
