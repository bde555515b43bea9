import { describe, expect, it } from 'vitest';
import { aiInSeat } from '../../src/lab/same-seed.ts';
import { runGame } from '../../src/lab/run-game.ts';
import { scenario } from '../helpers.ts';

describe('the AI in the player\u2019s seat, same seed', () => {
  it('is the all-AI game of the same scenario, seed and options, read for that seat', () => {
    const options = { difficulty: 'historical' as const, whatifs: [], faction: 'trotsky' as const };
    const played = runGame({
      scenario: scenario(),
      seed: 'seat',
      options,
      policies: { trotsky: 'random' },
    });
    const ai = aiInSeat(scenario(), played.state, 'trotsky');
    const again = runGame({ scenario: scenario(), seed: 'seat', options }).state.outcome!;
    expect(ai.fate).toBe(again.fates.trotsky);
    expect(ai.score).toBe(again.scores.trotsky);
    expect(ai.aimsMet).toBe(again.aimsMet.includes('trotsky'));
    // Another seat on the same game reads that seat's result.
    expect(aiInSeat(scenario(), played.state, 'stalin').score).toBe(again.scores.stalin);
  });
});
