// The grain economy: a shortfall in the winter of 1927/28 in most historical games, not
// before, and numbers that stay within plausible bounds.
import { describe, expect, it } from 'vitest';
import { runGame } from '../../src/lab/run-game.ts';
import { yearOf } from '../../src/sim/calendar.ts';
import { allScenarios, OPTIONS, scenario } from '../helpers.ts';

// 40 games: the 1927 shortfall is a likelihood, and 12 games measure it too loosely.
const GAMES = 40;

describe('the economy in historical AI games of 1922-full', () => {
  const games = Array.from(
    { length: GAMES },
    (_, i) => runGame({ scenario: scenario(), seed: `economy-${i}`, options: OPTIONS }).state,
  );
  const shortfallYears = games.map(
    (s) =>
      new Set(s.flags.filter((f) => f.startsWith('shortfall_')).map((f) => Number(f.slice(10)))),
  );

  it('the procurement of autumn 1927 falls short in about half the seeds or more', () => {
    const in1927 = shortfallYears.filter((years) => years.has(1927)).length;
    // 22 of these 40 seeds in December 2026's rules; below 18 (45%) the crisis is no longer the
    // likely path of the record.
    expect(in1927).toBeGreaterThanOrEqual(18);
  });

  it('the NEP years before 1926 bring a grain crisis rarely, and only after a poor harvest', () => {
    // About 1 game in 100 falls short in 1924 or 1925 (2 of 200 seeds under rules version 11, 1
    // of 200 with a rule tried and not kept): a dry year of the NEP can leave the state short,
    // but it is not the record's path.
    const early = games.filter((_, i) => [...shortfallYears[i]].some((y) => y < 1926));
    expect(early.length).toBeLessThanOrEqual(1);
    for (const s of early) {
      // Each year's harvest, by the year of its line in the chronicle.
      const harvestOf = new Map<number, number>();
      for (const l of s.log)
        if (l.outcome.what === 'harvest')
          harvestOf.set(yearOf(s.startQuarter + l.turn), l.outcome.harvest);
      const sorted = [...harvestOf.values()].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)];
      for (const year of shortfallYears[games.indexOf(s)]) {
        if (year >= 1926) continue;
        expect(harvestOf.get(year), `the harvest of ${year}`).toBeLessThan(median);
      }
    }
  });

  it('harvests, procurement and unrest stay within plausible bounds', () => {
    for (const s of games) {
      const harvests = s.log
        .filter((l) => l.cause === 'rule:harvest')
        .map((l) => Number(/: ([\d.]+) million/.exec(l.text)?.[1]));
      expect(harvests.length).toBeGreaterThanOrEqual(7);
      for (const h of harvests) {
        expect(h).toBeGreaterThan(40);
        expect(h).toBeLessThan(95);
      }
      expect(s.economy.procured).toBeGreaterThanOrEqual(0);
      expect(s.economy.procured).toBeLessThan(25);
      expect(s.economy.unrest).toBeGreaterThanOrEqual(0);
      expect(s.economy.unrest).toBeLessThanOrEqual(100);
      expect(s.economy.procurementPrice).toBeGreaterThan(0.2);
    }
  });

  it('a shortfall forces a Politburo decision the next quarter, recorded ballot by ballot', () => {
    const withCrisis = games.find((s) => s.flags.includes('shortfall_1927'))!;
    const decision = withCrisis.votes.find(
      (v) => v.spec.kind === 'event_choice' && v.spec.event === 'grain_decision',
    );
    expect(decision).toBeDefined();
    expect(decision!.ballots.length).toBeGreaterThan(2);
  });
});

describe('every scenario', () => {
  it('starts and finishes a whole AI game', () => {
    for (const sc of allScenarios()) {
      const { state } = runGame({ scenario: sc, seed: `finish-${sc.id}`, options: OPTIONS });
      expect(state.phase, sc.id).toBe('over');
      expect(state.outcome, sc.id).not.toBeNull();
    }
  });
});
