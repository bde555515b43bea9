// Region names in sentences (src/content/people.ts, regionInSentence): English says "in the
// Urals", "in the Volga region". The chronicle's lines and the AI's reasons say it that way too,
// not only the previews.
import { describe, expect, it } from 'vitest';
import { scoreActions } from '../../src/ai/action-values.ts';
import { makeOutlook } from '../../src/ai/evaluate.ts';
import { TEMPERAMENTS } from '../../src/ai/temperaments.ts';
import { applyActionPhase } from '../../src/sim/actions/table.ts';
import type { PhaseAction } from '../../src/sim/actions/rule.ts';
import type { GameState } from '../../src/sim/types.ts';
import { aiLens } from '../../src/sim/view.ts';
import { plainState } from '../helpers.ts';

const lastLine = (state: GameState) => state.log[state.log.length - 1].text;

describe('regions in the chronicle and the AI reasons', () => {
  it('the chronicle says "in the Urals" for an appointment, a recruitment and a speech', () => {
    const state = plainState();
    state.actionPoints.stalin = 9;
    const said = (action: PhaseAction) => {
      applyActionPhase(state, action);
      return lastLine(state);
    };
    expect(said({ type: 'appoint', actor: 'stalin', region: 'urals' })).toMatch(/ in the Urals\b/);
    expect(said({ type: 'recruit', actor: 'stalin', region: 'volga' })).toMatch(
      / in the Volga region\b/,
    );
    expect(said({ type: 'speak', actor: 'stalin', region: 'urals' })).toMatch(/ in the Urals\b/);
    expect(state.log.some((l) => / in (Urals|Volga)\b/.test(l.text))).toBe(false);
  });

  it('the AI gives its reasons with "in the Urals"', () => {
    const state = plainState();
    const view = aiLens(state, 'stalin');
    const o = makeOutlook(view, 'stalin', TEMPERAMENTS.stalin, true);
    const reasons = scoreActions(view, o, [
      { type: 'appoint', actor: 'stalin', region: 'urals' },
      { type: 'recruit', actor: 'stalin', region: 'urals' },
    ]);
    const reasonFor = (type: string) => reasons.find((s) => s.action.type === type)?.reason;
    expect(reasonFor('appoint')).toMatch(/^a loyal secretary in the Urals/);
    expect(reasonFor('recruit')).toMatch(/^new members in the Urals /);
  });
});
