// A patron whose waverers have drifted away wins them back harder when, without them, he is
// outvoted in the Politburo (Stalin won Kalinin and Voroshilov back from the Right in 1928).
import { describe, expect, it } from 'vitest';
import { rankActions } from '../../src/ai/policy.ts';
import { politburoFollowing } from '../../src/sim/scoring.ts';
import type { GameState } from '../../src/sim/types.ts';
import { firstToAct1928 } from './play-until.ts';

/** The 1928 scenario, played by the historical AI until Stalin first acts. */
const stalinToAct = (edit: (s: GameState) => void) => firstToAct1928('stalin', 'win-back', edit);

const winBack = (s: GameState) =>
  rankActions(s, 'stalin', 'historical').find(
    (x) => x.action.type === 'court' && x.action.figure === 'voroshilov',
  )!;

describe('winning back a waverer', () => {
  it('is worth more to a patron who is outvoted without him', () => {
    const drifted = (s: GameState) => {
      s.figures.kalinin.sympathy = 'bukharin';
      s.figures.voroshilov.sympathy = 'bukharin';
    };
    const outvoted = stalinToAct((s) => {
      drifted(s);
      s.alliances = s.alliances.filter((a) => !a.members.includes('stalin'));
    });
    const stillLeading = stalinToAct(drifted);
    expect(politburoFollowing(outvoted, 'stalin') * 2).toBeLessThanOrEqual(
      outvoted.politburo.full.length,
    );
    expect(politburoFollowing(stillLeading, 'stalin') * 2).toBeGreaterThan(
      stillLeading.politburo.full.length,
    );
    expect(winBack(outvoted).value).toBeGreaterThan(winBack(stillLeading).value + 2);
    expect(winBack(outvoted).reason).toMatch(/outvoted/);
  });
});
