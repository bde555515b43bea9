// Each side's own aims, graded at the end (src/content/aims.ts, src/sim/aims.ts).
import { describe, expect, it } from 'vitest';
import { AIMS, SCENARIO_AIMS } from '../../src/content/aims.ts';
import { aimsFor, gradeAims } from '../../src/sim/aims.ts';
import { CONTENDERS, type ContenderId, type Fate } from '../../src/sim/ids.ts';
import { computeOutcome } from '../../src/sim/scoring.ts';
import { plainState } from '../helpers.ts';

const fates = (over: Partial<Record<ContenderId, Fate>> = {}) =>
  ({ ...Object.fromEntries(CONTENDERS.map((c) => [c, 'survived'])), ...over }) as Record<
    ContenderId,
    Fate
  >;

describe('aims', () => {
  it('every contender has an aim with a summary, its conditions and what really happened', () => {
    for (const c of CONTENDERS) {
      expect(AIMS[c].summary).toMatch(/^[A-Z].{20,}\.$/);
      expect(AIMS[c].conditions.length).toBeGreaterThan(0);
      expect(AIMS[c].inHistory).toMatch(/\d{4}/);
    }
  });

  it('Trotsky wins by his aims: Stalin not supreme, Trotsky seated, a line not on the Right', () => {
    const s = plainState();
    s.politburo.full = ['trotsky', 'stalin', 'kamenev'];
    s.partyLine.economy = 0;
    expect(gradeAims(s, fates()).trotsky.met).toBe(true);
    // Each condition matters on its own.
    s.partyLine.economy = 10;
    expect(gradeAims(s, fates()).trotsky.conditions.map((c) => c.met)).toEqual([true, true, false]);
    s.partyLine.economy = -25;
    expect(gradeAims(s, fates({ stalin: 'supreme' })).trotsky.met).toBe(false);
    s.politburo.full = ['stalin', 'kamenev'];
    expect(gradeAims(s, fates()).trotsky.met).toBe(false);
  });

  it('in the lesson (it stops in September 1927) Trotsky is not graded on the party line', () => {
    const s = plainState();
    s.scenario = '1926-lesson';
    s.politburo.full = ['trotsky', 'stalin', 'kamenev'];
    s.partyLine.economy = 40;
    // The campaign's aim fails on the line; the lesson's is met: Stalin stopped, Trotsky seated.
    expect(aimsFor('1926-lesson', 'trotsky')).toBe(SCENARIO_AIMS['1926-lesson']?.trotsky);
    expect(gradeAims(s, fates()).trotsky.conditions.map((c) => c.met)).toEqual([true, true]);
    expect(gradeAims(s, fates()).trotsky.met).toBe(true);
    expect(gradeAims(s, fates({ stalin: 'supreme' })).trotsky.met).toBe(false);
    // Zinoviev and Kamenev are not graded on the line either; every other seat, and every other
    // scenario, keeps the campaign's aims.
    for (const c of ['zinoviev', 'kamenev'] as const) {
      const lesson = aimsFor('1926-lesson', c);
      expect(lesson).not.toBe(AIMS[c]);
      expect(lesson.conditions.some((x) => x.test.kind === 'economic_line')).toBe(false);
      expect(lesson.conditions.length).toBe(AIMS[c].conditions.length - 1);
    }
    for (const c of CONTENDERS.filter((x) => !['trotsky', 'zinoviev', 'kamenev'].includes(x)))
      expect(aimsFor('1926-lesson', c)).toBe(AIMS[c]);
    expect(aimsFor('1926-united-opposition', 'trotsky')).toBe(AIMS.trotsky);
    s.scenario = '1926-united-opposition';
    expect(gradeAims(s, fates()).trotsky.met).toBe(false);
    const lesson = aimsFor('1926-lesson', 'trotsky');
    expect(lesson.summary).toMatch(/^[A-Z].{20,}\.$/);
    expect(lesson.inHistory).toMatch(/\d{4}/);
  });

  it('Zinoviev and Kamenev win only with the New Opposition’s line: not on the Right', () => {
    const s = plainState();
    s.politburo.full = ['stalin', 'zinoviev', 'kamenev'];
    s.posts.leningrad_party = 'zinoviev';
    s.partyLine.economy = 0;
    expect(gradeAims(s, fates()).zinoviev.met).toBe(true);
    expect(gradeAims(s, fates()).kamenev.met).toBe(true);
    // A line on the Right (the NEP's concessions to the rich peasants) is not their success.
    s.partyLine.economy = 10;
    expect(gradeAims(s, fates()).zinoviev.conditions.map((c) => c.met)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(gradeAims(s, fates()).kamenev.conditions.map((c) => c.met)).toEqual([true, true, false]);
    // In the lesson the line is not graded.
    s.scenario = '1926-lesson';
    expect(gradeAims(s, fates()).zinoviev.met).toBe(true);
    expect(gradeAims(s, fates()).kamenev.met).toBe(true);
  });

  it('Bukharin wins by saving the NEP with the Right in office', () => {
    const s = plainState();
    s.politburo.full = ['stalin', 'bukharin', 'rykov'];
    s.economy.collectivised = 5;
    expect(gradeAims(s, fates()).bukharin.met).toBe(true);
    s.flags.push('great_turn');
    expect(gradeAims(s, fates()).bukharin.met).toBe(false);
    s.flags = [];
    s.economy.collectivised = 15;
    expect(gradeAims(s, fates()).bukharin.met).toBe(false);
    s.economy.collectivised = 5;
    s.politburo.full = ['stalin', 'bukharin'];
    expect(gradeAims(s, fates()).bukharin.met).toBe(false);
  });

  it('Stalin’s only aim is supremacy; the outcome lists who reached their aims', () => {
    const s = plainState();
    expect(gradeAims(s, fates({ stalin: 'supreme' })).stalin.met).toBe(true);
    expect(gradeAims(s, fates()).stalin.met).toBe(false);
    s.politburo.full = ['stalin', 'kamenev', 'zinoviev'];
    const outcome = computeOutcome(s, 'test');
    expect(outcome.aimsMet).toEqual(CONTENDERS.filter((c) => gradeAims(s, outcome.fates)[c].met));
    expect(outcome.aimsMet).toContain('kamenev');
  });
});
