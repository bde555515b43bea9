// Who signs an opposition platform (src/sim/actions/struggle.ts): the author publishes it alone,
// and each of his allies decides for himself whether to add his name (sign_platform), the quarter
// it appears or the next. An ally who runs the apparatus, or whose views on the economy lie far
// from the author's, cannot sign it; nor can a man whose confession's truce still lasts.
import { describe, expect, it } from 'vitest';
import {
  applyActionPhase,
  legalInActionPhase,
  previewAction,
  whyNotInActionPhase,
} from '../../src/sim/actions/table.ts';
import { isBranded } from '../../src/sim/motions.ts';
import type { ContenderId } from '../../src/sim/ids.ts';
import type { GameState } from '../../src/sim/types.ts';
import { plainState } from '../helpers.ts';

/** 1923's triumvirate: Zinoviev allied to Stalin (the General Secretary) and to Kamenev. */
function triumvirate() {
  const state = plainState();
  state.alliances.push({ id: 1, members: ['stalin', 'zinoviev'], secret: true, since: 0 });
  state.alliances.push({ id: 2, members: ['zinoviev', 'kamenev'], secret: true, since: 0 });
  for (const c of ['zinoviev', 'kamenev', 'stalin'] as const) state.actionPoints[c] = 3;
  return state;
}

const signOptions = (state: GameState, who: ContenderId) =>
  legalInActionPhase(state, who).filter((a) => a.type === 'sign_platform');

describe('an opposition platform and its signers', () => {
  it('brands only its author; an ally is invited, not signed up', () => {
    const state = triumvirate();
    const heat = state.contenders.kamenev.heat;
    applyActionPhase(state, { type: 'platform', actor: 'zinoviev' });
    expect(state.platforms[0].members).toEqual(['zinoviev']);
    expect(state.contenders.zinoviev.branded).toBe(true);
    expect(state.contenders.kamenev.branded).toBe(false);
    expect(state.contenders.kamenev.heat).toBe(heat);
    expect(state.log.at(-1)?.text).toMatch(/His allies \(Kamenev\) may add their names\./);
    expect(signOptions(state, 'kamenev')).toEqual([
      { type: 'sign_platform', actor: 'kamenev', leader: 'zinoviev' },
    ]);
  });

  it('signing costs no action point, brands the signer and makes the understanding public', () => {
    const state = triumvirate();
    applyActionPhase(state, { type: 'platform', actor: 'zinoviev' });
    state.actionPoints.kamenev = 0;
    const heat = state.contenders.kamenev.heat;
    expect(
      whyNotInActionPhase(state, { type: 'sign_platform', actor: 'kamenev', leader: 'zinoviev' }),
    ).toBe('');
    applyActionPhase(state, { type: 'sign_platform', actor: 'kamenev', leader: 'zinoviev' });
    expect(state.platforms[0].members).toEqual(['zinoviev', 'kamenev']);
    expect(state.contenders.kamenev.branded).toBe(true);
    expect(isBranded(state, 'kamenev')).toBe(true);
    expect(state.contenders.kamenev.heat).toBe(heat + 25);
    expect(state.alliances.find((a) => a.id === 2)?.secret).toBe(false);
    expect(signOptions(state, 'kamenev')).toEqual([]);
  });

  it('stays open for signatures the quarter it appears and the next, no longer', () => {
    const state = triumvirate();
    applyActionPhase(state, { type: 'platform', actor: 'zinoviev' });
    state.turn += 1;
    expect(signOptions(state, 'kamenev')).toHaveLength(1);
    state.turn += 1;
    expect(signOptions(state, 'kamenev')).toEqual([]);
    expect(
      whyNotInActionPhase(state, { type: 'sign_platform', actor: 'kamenev', leader: 'zinoviev' }),
    ).toMatch(/No ally of yours has published a platform you could sign/);
  });

  it('cannot be signed by an ally who runs the Secretariat, or through his man the Orgburo', () => {
    const state = triumvirate();
    expect(state.posts.general_secretary).toBe('stalin');
    applyActionPhase(state, { type: 'platform', actor: 'zinoviev' });
    expect(signOptions(state, 'stalin')).toEqual([]);
    const viaOrgburo = triumvirate();
    viaOrgburo.posts.general_secretary = 'rykov';
    expect(viaOrgburo.figures.molotov.patron).toBe('stalin');
    viaOrgburo.posts.orgburo = 'molotov';
    applyActionPhase(viaOrgburo, { type: 'platform', actor: 'zinoviev' });
    expect(signOptions(viaOrgburo, 'stalin')).toEqual([]);
  });

  it('cannot be signed by an ally whose economic views lie more than 60 away, but can at 60', () => {
    const state = triumvirate();
    state.posts.general_secretary = 'rykov';
    state.posts.orgburo = 'rykov';
    state.contenders.zinoviev.positions.economy = -30;
    state.contenders.kamenev.positions.economy = 31; // 61 away
    state.contenders.stalin.positions.economy = 30; // 60 away
    applyActionPhase(state, { type: 'platform', actor: 'zinoviev' });
    expect(signOptions(state, 'kamenev')).toEqual([]);
    expect(signOptions(state, 'stalin')).toHaveLength(1);
  });

  it('cannot be signed while the signer\u2019s confession buys him a truce', () => {
    const state = triumvirate();
    applyActionPhase(state, { type: 'platform', actor: 'zinoviev' });
    state.contenders.kamenev.truceUntil = state.turn + 2;
    expect(signOptions(state, 'kamenev')).toEqual([]);
    expect(
      whyNotInActionPhase(state, { type: 'sign_platform', actor: 'kamenev', leader: 'zinoviev' }),
    ).toMatch(/truce/);
    // The author's preview says the same, from the same rule.
    const words = previewAction(state, { type: 'platform', actor: 'zinoviev' }).effect;
    expect(words).toMatch(/Kamenev, your ally, will not: he has admitted his errors/);
  });

  it('says who may sign and which ally will not, and why', () => {
    const state = triumvirate();
    const words = previewAction(state, { type: 'platform', actor: 'zinoviev' }).effect;
    expect(words).toMatch(
      /You sign it alone\. Kamenev may add his name this quarter or the next, if he chooses\. Stalin, your ally, will not: he runs the apparatus the platform attacks\. /,
    );
    state.alliances = [];
    expect(previewAction(state, { type: 'platform', actor: 'zinoviev' }).effect).toMatch(
      /You sign it alone\. The next congress/,
    );
  });
});
