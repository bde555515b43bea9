// A strategist reads his own victory conditions: Trotsky's aims want the economic line at 0 or
// further Left at the end, so as the end nears a Left line motion is worth more to him.
import { describe, expect, it } from 'vitest';
import { scoreActions } from '../../src/ai/action-values.ts';
import { makeOutlook } from '../../src/ai/evaluate.ts';
import { TEMPERAMENTS } from '../../src/ai/temperaments.ts';
import { createGame } from '../../src/sim/index.ts';
import type { Action } from '../../src/sim/types.ts';
import { aiLens } from '../../src/sim/view.ts';
import { OPTIONS, scenario } from '../helpers.ts';

const line = (direction: -1 | 1): Action => ({
  type: 'motion',
  actor: 'trotsky',
  motion: { kind: 'line', axis: 'economy', direction },
});

function leftMinusRight(seesThrough: boolean, quartersBeforeEnd: number): number {
  const state = createGame(scenario(), 'line-aim', OPTIONS);
  state.turn = state.endQuarter - state.startQuarter - quartersBeforeEnd;
  state.partyLine.economy = 30;
  const view = aiLens(state, 'trotsky');
  const o = makeOutlook(view, 'trotsky', TEMPERAMENTS.trotsky, seesThrough);
  const [left, right] = scoreActions(view, o, [line(-1), line(1)]);
  return left.value - right.value;
}

describe('a strategist plays to his aims on the line', () => {
  it('knows the line his aims ask for, and only a strategist reads it', () => {
    const state = createGame(scenario(), 'line-aim', OPTIONS);
    const view = aiLens(state, 'trotsky');
    expect(makeOutlook(view, 'trotsky', TEMPERAMENTS.trotsky, true).lineAim).toMatchObject({
      atMost: 0,
    });
    expect(makeOutlook(view, 'trotsky', TEMPERAMENTS.trotsky, false).lineAim).toBeNull();
    expect(
      makeOutlook(aiLens(state, 'stalin'), 'stalin', TEMPERAMENTS.stalin, true).lineAim,
    ).toBeNull();
  });

  it('values a Left motion more in the last quarter than a temperament does, and more than early on', () => {
    const lastStrategist = leftMinusRight(true, 0);
    const lastTemperament = leftMinusRight(false, 0);
    const early = leftMinusRight(true, 20);
    expect(lastStrategist).toBeGreaterThan(lastTemperament + 3);
    expect(lastStrategist).toBeGreaterThan(early + 3);
  });
});
