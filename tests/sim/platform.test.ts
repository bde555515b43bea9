// Who signs an opposition platform (src/sim/actions/struggle.ts): the author and those allies who
// are in opposition with him. An ally who runs the apparatus, or whose views on the economy lie
// far from the author's, stays off it, and the preview says who signs and who will not.
import { describe, expect, it } from 'vitest';
import { applyActionPhase, previewAction } from '../../src/sim/actions/table.ts';
import { plainState } from '../helpers.ts';

/** 1923's triumvirate: Zinoviev allied to Stalin (the General Secretary) and to Kamenev. */
function triumvirate() {
  const state = plainState();
  state.alliances.push({ id: 1, members: ['stalin', 'zinoviev'], secret: true, since: 0 });
  state.alliances.push({ id: 2, members: ['zinoviev', 'kamenev'], secret: true, since: 0 });
  state.actionPoints.zinoviev = 3;
  return state;
}

describe('the signers of an opposition platform', () => {
  it('leaves out an ally who runs the Secretariat', () => {
    const state = triumvirate();
    expect(state.posts.general_secretary).toBe('stalin');
    applyActionPhase(state, { type: 'platform', actor: 'zinoviev' });
    expect(state.platforms[0].members).toEqual(['zinoviev', 'kamenev']);
    expect(state.contenders.stalin.branded).toBe(false);
  });

  it('leaves out an ally who runs the Orgburo through his man', () => {
    const state = triumvirate();
    state.posts.general_secretary = 'rykov';
    expect(state.figures.molotov.patron).toBe('stalin');
    state.posts.orgburo = 'molotov';
    applyActionPhase(state, { type: 'platform', actor: 'zinoviev' });
    expect(state.platforms[0].members).toEqual(['zinoviev', 'kamenev']);
  });

  it('leaves out an ally whose economic views lie more than 60 away, not one at 60', () => {
    const state = triumvirate();
    state.posts.general_secretary = 'rykov';
    state.posts.orgburo = 'rykov';
    state.contenders.zinoviev.positions.economy = -30;
    state.contenders.kamenev.positions.economy = 31; // 61 away
    state.contenders.stalin.positions.economy = 30; // 60 away
    applyActionPhase(state, { type: 'platform', actor: 'zinoviev' });
    expect(state.platforms[0].members).toEqual(['zinoviev', 'stalin']);
  });

  it('says who signs and which ally will not, and why', () => {
    const state = triumvirate();
    const words = previewAction(state, { type: 'platform', actor: 'zinoviev' }).effect;
    expect(words).toMatch(
      /^You and Kamenev sign it; Stalin, your ally, will not: he runs the apparatus the platform attacks\. /,
    );
    expect(words).not.toMatch(/your allies sign/);
    state.alliances = [];
    expect(previewAction(state, { type: 'platform', actor: 'zinoviev' }).effect).toMatch(
      /^You sign it alone\. /,
    );
  });
});
