// Nobody is signed up to a platform: each ally decides (src/ai/action-values.ts, sign_platform).
// The temperaments of 1926 stood by their allies in the open; a strategist keeps his name off an
// ally's platform, since the ban on factions would let the Central Committee vote him out.
import { describe, expect, it } from 'vitest';
import { rankActions } from '../../src/ai/policy.ts';
import { applyActionPhase } from '../../src/sim/actions/table.ts';
import { plainState } from '../helpers.ts';

function kamenevInvited() {
  const state = plainState();
  state.alliances.push({ id: 2, members: ['zinoviev', 'kamenev'], secret: true, since: 0 });
  // Allies, but not of one mind: 40 apart on the economy (a strategist signs only a platform
  // that is nearly his own programme).
  state.contenders.zinoviev.positions.economy = -20;
  state.contenders.kamenev.positions.economy = 20;
  state.actionPoints.zinoviev = 3;
  applyActionPhase(state, { type: 'platform', actor: 'zinoviev' });
  // Kamenev's turn in the action phase.
  state.phase = 'actions';
  state.actionOrder = ['kamenev'];
  state.actionPoints = { kamenev: 3 };
  return state;
}

const sign = { type: 'sign_platform', actor: 'kamenev', leader: 'zinoviev' };

describe('signing an ally\u2019s platform', () => {
  it('is the historical Kamenev\u2019s first move when Zinoviev publishes', () => {
    const ranked = rankActions(kamenevInvited(), 'kamenev', 'historical');
    expect(ranked[0].action).toEqual(sign);
  });

  it('is a move the challenger in the same seat does not make', () => {
    const ranked = rankActions(kamenevInvited(), 'kamenev', 'challenger');
    const signing = ranked.find((s) => s.action.type === 'sign_platform');
    const ending = ranked.find((s) => s.action.type === 'end');
    expect(signing).toBeDefined();
    expect(signing!.value).toBeLessThan(ending!.value);
  });
});
