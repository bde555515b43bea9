// A strategist stops courting a man who ignores him: offers of alliance that lapsed unanswered
// in the last year (the chronicle's lines both sides saw) make the next offer to him worth less,
// so his points go to something that works. Temperaments do not keep count.
import { describe, expect, it } from 'vitest';
import { scoreActions } from '../../src/ai/action-values.ts';
import { makeOutlook, offersIgnoredBy } from '../../src/ai/evaluate.ts';
import { TEMPERAMENTS } from '../../src/ai/temperaments.ts';
import { createGame } from '../../src/sim/index.ts';
import { addLog } from '../../src/sim/mutate.ts';
import type { Action, GameState } from '../../src/sim/types.ts';
import { aiLens } from '../../src/sim/view.ts';
import { OPTIONS, scenario } from '../helpers.ts';

function lapse(state: GameState, turn: number): void {
  const now = state.turn;
  state.turn = turn;
  addLog(state, {
    kind: 'action',
    text: 'Kamenev never answered Trotsky\u2019s offer of an understanding; it lapses.',
    actor: 'trotsky',
    cause: 'rule:alliance',
    visibleTo: ['trotsky', 'kamenev'],
    outcome: { what: 'offer_lapsed', contenders: ['trotsky', 'kamenev'] },
  });
  state.turn = now;
}

const offer: Action = { type: 'offer_alliance', actor: 'trotsky', to: 'kamenev' };

describe('offers of alliance left unanswered', () => {
  it('are counted by the man who ignored them, for a year', () => {
    const state = createGame(scenario(), 'offers', OPTIONS);
    state.turn = 10;
    lapse(state, 4); // more than a year ago: forgotten
    lapse(state, 7);
    lapse(state, 9);
    expect(offersIgnoredBy(state, 'trotsky')).toEqual({ kamenev: 2 });
    expect(offersIgnoredBy(state, 'kamenev')).toEqual({});
  });

  it('make the next offer to him worth less to a strategist', () => {
    const state = createGame(scenario(), 'offers', OPTIONS);
    state.turn = 10;
    const view = aiLens(state, 'trotsky');
    const value = (ignored: number) =>
      scoreActions(
        view,
        makeOutlook(view, 'trotsky', TEMPERAMENTS.trotsky, true, { kamenev: ignored }),
        [offer],
      )[0].value;
    const fresh = value(0);
    expect(fresh).toBeGreaterThan(0);
    expect(value(1)).toBeCloseTo(fresh / 4);
    expect(value(1)).toBeGreaterThan(value(2));
  });
});
