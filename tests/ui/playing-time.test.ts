import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../../src/io/scenario.ts';
import { playingTime, quartersIn } from '../../src/ui/session/playing-time.ts';

describe('playing time on the title screen', () => {
  it('counts the quarters from start to end and prices them at 4–7 minutes each', () => {
    expect(quartersIn({ start: '1928-01', end: '1929-10' })).toBe(8);
    expect(playingTime({ start: '1928-01', end: '1929-10' })).toBe(
      '8 quarters: about 30–55 minutes at 4–7 minutes a quarter.',
    );
    expect(playingTime({ start: '1928-01', end: '1929-04' })).toBe(
      '6 quarters: about 25–40 minutes at 4–7 minutes a quarter — fits a 45-minute lesson.',
    );
    expect(playingTime({ start: '1922-04', end: '1929-10' })).toBe(
      '31 quarters: about 2.1–3.6 hours at 4–7 minutes a quarter — more than one lesson.',
    );
  });

  it('gives every built-in scenario a length', () => {
    for (const s of builtinScenarios()) expect(playingTime(s)).toMatch(/^\d+ quarters: about /);
  });
});
