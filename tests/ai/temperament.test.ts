// Each temperament chooses characteristic actions in characteristic situations.
import { describe, expect, it } from 'vitest';
import { decide, rankActions } from '../../src/ai/policy.ts';
import { TEMPERAMENTS } from '../../src/ai/temperaments.ts';
import { CONTENDERS } from '../../src/sim/ids.ts';
import { GameDriver } from '../../src/machine/driver.ts';
import { createGame, nextDecision } from '../../src/sim/index.ts';
import { SideStream } from '../../src/sim/rng.ts';
import type { ContenderId } from '../../src/sim/ids.ts';
import type { GameState } from '../../src/sim/types.ts';
import { OPTIONS, scenario } from '../helpers.ts';

/** Play the historical AI until `who` has to act in the action phase. */
function untilActing(who: ContenderId, seed: string, edit?: (s: GameState) => void): GameState {
  const state = createGame(scenario(), seed, OPTIONS);
  edit?.(state);
  const stream = new SideStream(`t|${seed}`);
  const driver = new GameDriver(state);
  for (let i = 0; i < 2000; i++) {
    const d = nextDecision(state);
    if (!d) break;
    if (d.contender === who && d.phase === 'actions') return state;
    driver.play(decide(state, d.contender, 'historical', stream).action);
  }
  throw new Error(`${who} never came to act`);
}

describe('temperaments', () => {
  it('every contender has a temperament described in a sentence', () => {
    for (const c of CONTENDERS) expect(TEMPERAMENTS[c].description).toMatch(/^[A-Z].{30,}\.$/);
  });

  it('Stalin, holding the Secretariat, builds his network: his first choices are appointments', () => {
    let appointments = 0;
    for (let i = 0; i < 8; i++) {
      const state = untilActing('stalin', `stalin-${i}`);
      const choice = decide(state, 'stalin', 'historical', new SideStream(`s${i}`));
      if (choice.action.type === 'appoint' || choice.action.type === 'recruit') appointments++;
    }
    expect(appointments).toBeGreaterThanOrEqual(7);
  });

  it('Stalin without the Secretariat cannot appoint, and does something else', () => {
    const state = untilActing('stalin', 'no-gs', (s) => {
      s.posts.general_secretary = 'rykov';
      s.posts.orgburo = 'rykov';
    });
    const choice = decide(state, 'stalin', 'historical', new SideStream('x'));
    expect(choice.action.type).not.toBe('appoint');
  });

  it('Trotsky refuses to build a faction early, unless he is pushed', () => {
    const calm = untilActing('trotsky', 'calm');
    const calmRank = rankActions(calm, 'trotsky', 'historical');
    const calmPlatform = calmRank.find((s) => s.action.type === 'platform');
    expect(calmPlatform).toBeDefined();
    expect(calmPlatform!.value).toBeLessThan(0);

    const pushed = untilActing('trotsky', 'pushed', (s) => {
      s.contenders.trotsky.heat = 45;
      s.alliances.push({ id: 99, members: ['trotsky', 'zinoviev'], secret: true, since: 0 });
      s.regions.red_army.secretaries = {};
    });
    const pushedPlatform = rankActions(pushed, 'trotsky', 'historical').find(
      (s) => s.action.type === 'platform',
    );
    expect(pushedPlatform!.value).toBeGreaterThan(calmPlatform!.value);
  });

  it('Trotsky the orator speaks where Stalin the organiser appoints', () => {
    const state = untilActing('trotsky', 'orator');
    const best = rankActions(state, 'trotsky', 'historical')[0];
    expect(['speak', 'publish']).toContain(best.action.type);
  });
});

describe('self-criticism', () => {
  it('Zinoviev, about to lose his posts, recants; proud Trotsky in the same spot does not', () => {
    const exposed = (who: 'zinoviev' | 'trotsky') =>
      untilActing(who, `recant-${who}`, (s) => {
        s.contenders[who].heat = 45;
        s.contenders[who].prestige = 50;
      });
    const z = rankActions(exposed('zinoviev'), 'zinoviev', 'historical').find(
      (s) => s.action.type === 'recant',
    );
    const t = rankActions(exposed('trotsky'), 'trotsky', 'historical').find(
      (s) => s.action.type === 'recant',
    );
    expect(z!.value).toBeGreaterThan(0);
    expect(t!.value).toBeLessThan(z!.value);
  });
});
