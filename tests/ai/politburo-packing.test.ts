// A leader whose Politburo majority is thin widens it while a new Central Committee sits: Stalin
// brought Kuibyshev and Rudzutak into the Politburo at the 15th Congress (December 1927).
import { describe, expect, it } from 'vitest';
import { scoreMotion } from '../../src/ai/action-values.ts';
import { makeOutlook } from '../../src/ai/evaluate.ts';
import { TEMPERAMENTS } from '../../src/ai/temperaments.ts';
import { aiLens } from '../../src/sim/view.ts';
import { currentQuarter, quarterOf } from '../../src/sim/calendar.ts';
import { politburoFollowing } from '../../src/sim/scoring.ts';
import type { GameState } from '../../src/sim/types.ts';
import { playUntil } from './play-until.ts';

/** 1926-united-opposition, played by the historical AI to Stalin's first move in December 1927. */
function stalinAtTheCongress(edit: (s: GameState) => void = () => {}): GameState {
  const state = playUntil(
    '1926-united-opposition',
    'packing',
    (s, d) =>
      d.contender === 'stalin' &&
      d.phase === 'actions' &&
      currentQuarter(s) === quarterOf('1927-12'),
  );
  if (!state) throw new Error('Stalin never came to act in the congress quarter');
  edit(state);
  return state;
}

/** What Stalin makes of enlarging the Politburo with a client, before the vote is forecast. */
const enlarge = (s: GameState) => {
  const view = aiLens(s, 'stalin');
  const o = makeOutlook(view, 'stalin', TEMPERAMENTS.stalin, false);
  return scoreMotion(view, o, { kind: 'expand_politburo', nominee: 'kaganovich' }).value;
};

describe('widening a thin Politburo majority', () => {
  it('is worth more to a leader one or two votes from losing it', () => {
    const withoutStalin = (s: GameState) => {
      s.alliances = s.alliances.filter((a) => !a.members.includes('stalin'));
    };
    // The Right allied with him: a wide majority.
    const safe = stalinAtTheCongress((s) => {
      withoutStalin(s);
      for (const [i, c] of (['bukharin', 'rykov', 'tomsky'] as const).entries())
        s.alliances.push({ id: 900 + i, members: ['stalin', c], secret: false, since: 0 });
    });
    // The same position with the Right broken away from him.
    const thin = stalinAtTheCongress(withoutStalin);
    const n = thin.politburo.full.length;
    expect((politburoFollowing(thin, 'stalin') - 1) * 2).toBeLessThanOrEqual(n + 2);
    expect((politburoFollowing(safe, 'stalin') - 1) * 2).toBeGreaterThan(n + 2);
    expect(enlarge(thin)).toBeGreaterThan(enlarge(safe) + 5);
  });
});
