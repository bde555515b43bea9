import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../../src/io/scenario.ts';
import {
  createGame,
  nextDecision,
  legalActions,
  applyActionInPlace,
  advance,
} from '../../src/sim/index.ts';

describe('a game with first legal actions', () => {
  it('reaches the end of 1929', () => {
    const s = createGame(builtinScenarios()[0], 'smoke', {
      difficulty: 'historical',
      whatifs: [],
      faction: null,
    });
    for (let n = 0; n < 20000; n++) {
      const d = nextDecision(s);
      if (!d) break;
      const acts = legalActions(s, d.contender);
      applyActionInPlace(s, acts[acts.length - 1]);
      advance(s);
    }
    expect(s.phase).toBe('over');
    expect(s.outcome).not.toBeNull();
  });
});
