import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../../src/io/scenario.ts';
import { playingTime, quartersIn } from '../../src/ui/session/playing-time.ts';

describe('playing time on the title screen', () => {
  it('counts the quarters from start to end and prices them at 4–7 minutes each', () => {
    expect(quartersIn({ start: '1928-01', end: '1929-10' })).toBe(8);
    expect(playingTime({ start: '1928-01', end: '1929-10' })).toBe(
      '8 quarters: about 30–60 minutes at 4–7 minutes a quarter.',
    );
    // Rounded outwards: 6 × 4 = 24 and 6 × 7 = 42 minutes lie inside the range shown.
    expect(playingTime({ start: '1928-01', end: '1929-04' })).toBe(
      '6 quarters: about 20–45 minutes at 4–7 minutes a quarter — fits a 45-minute lesson.',
    );
    expect(playingTime({ start: '1922-04', end: '1929-10' })).toBe(
      '31 quarters: about 2–3.7 hours at 4–7 minutes a quarter — more than one lesson.',
    );
    // Seven quarters (up to 49 minutes) do not fit.
    expect(playingTime({ start: '1926-04', end: '1927-10' })).toBe(
      '7 quarters: about 25–50 minutes at 4–7 minutes a quarter.',
    );
  });

  it('the lesson scenario fits a 45-minute lesson; the others do not claim to', () => {
    for (const s of builtinScenarios()) {
      expect(playingTime(s).endsWith('fits a 45-minute lesson.'), s.id).toBe(
        s.id === '1926-lesson',
      );
    }
    const lesson = builtinScenarios().find((s) => s.id === '1926-lesson')!;
    expect(playingTime(lesson)).toBe(
      '6 quarters: about 20–45 minutes at 4–7 minutes a quarter — fits a 45-minute lesson.',
    );
  });

  it('gives every built-in scenario a length', () => {
    for (const s of builtinScenarios()) expect(playingTime(s)).toMatch(/^\d+ quarters: about /);
  });
});
