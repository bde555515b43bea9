import { describe, expect, it } from 'vitest';
import { runBatch, type BatchSpec } from '../../src/lab/batch.ts';
import { CONTENDERS, FATES } from '../../src/sim/ids.ts';
import { scenario } from '../helpers.ts';

const spec = (over: Partial<BatchSpec> = {}): BatchSpec => ({
  scenario: scenario(),
  runs: 6,
  seed: 'lab-test',
  faction: 'bukharin',
  factionPolicy: 'challenger',
  difficulty: 'historical',
  whatifs: [],
  ...over,
});

describe('the lab', () => {
  it('counts add up to the number of runs', () => {
    const t = runBatch(spec());
    expect(t.runs).toBe(6);
    // Every game has a winner or counts as 'none'; several sides may reach their aims in one.
    expect(Object.values(t.winners).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(6);
    expect(Object.values(t.firstToFall).reduce((a, b) => a + b, 0)).toBe(6);
    for (const c of CONTENDERS) {
      expect(FATES.reduce((sum, f) => sum + t.fates[c][f], 0)).toBe(6);
      // Supremacy is a win; so is reaching one's aims.
      expect(t.winners[c]).toBeGreaterThanOrEqual(t.fates[c].supreme);
      expect(t.falls[c]).toHaveLength(6);
    }
  });

  it('the same seed gives the same table; another seed another', () => {
    const a = runBatch(spec());
    expect(runBatch(spec())).toEqual(a);
    expect(runBatch(spec({ seed: 'other' }))).not.toEqual(a);
  });

  it('reports progress for every game', () => {
    const seen: number[] = [];
    runBatch(spec({ runs: 3 }), (done) => seen.push(done));
    expect(seen).toEqual([1, 2, 3]);
  });
});
