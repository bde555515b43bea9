import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../../src/io/scenario.ts';
import { createGame, nextDecision, legalActions } from '../../src/sim/index.ts';
import { GameDriver } from '../../src/machine/driver.ts';

describe('a game with first legal actions', () => {
  it('reaches the end of 1929', () => {
    const s = createGame(builtinScenarios()[0], 'smoke', {
      difficulty: 'historical',
      whatifs: [],
      faction: null,
    });
    const driver = new GameDriver(s);
    for (let n = 0; n < 20000; n++) {
      const d = nextDecision(s);
      if (!d) break;
      const acts = legalActions(s, d.contender);
      driver.play(acts[acts.length - 1]);
    }
    expect(s.phase).toBe('over');
    expect(s.outcome).not.toBeNull();
  });
});

describe('recanting', () => {
  it('lowers heat by 15, costs 4 prestige and ends the platform its leader recants', async () => {
    const { applyActionPhase } = await import('../../src/sim/actions/table.ts');
    const s = createGame(builtinScenarios()[0], 'recant', {
      difficulty: 'historical',
      whatifs: [],
      faction: null,
    });
    s.contenders.zinoviev.heat = 40;
    s.contenders.zinoviev.prestige = 60;
    s.platforms.push({
      leader: 'zinoviev',
      members: ['zinoviev', 'kamenev'],
      since: 0,
      condemned: false,
    });
    s.actionPoints.zinoviev = 2;
    applyActionPhase(s, { type: 'recant', actor: 'zinoviev' });
    expect(s.contenders.zinoviev.heat).toBe(25);
    expect(s.contenders.zinoviev.prestige).toBe(56);
    expect(s.platforms).toHaveLength(0);
    expect(s.actionPoints.zinoviev).toBe(1);
  });
});

describe('profile', () => {
  it('the loud are noticed and the quiet forgotten', async () => {
    const { applyActionPhase } = await import('../../src/sim/actions/table.ts');
    const s = createGame(builtinScenarios()[0], 'profile', {
      difficulty: 'historical',
      whatifs: [],
      faction: null,
    });
    s.actionPoints.trotsky = 5;
    s.actionPoints.stalin = 5;
    const loud = s.contenders.trotsky.profile;
    const quiet = s.contenders.stalin.profile;
    applyActionPhase(s, { type: 'speak', actor: 'trotsky', region: 'moscow' });
    applyActionPhase(s, { type: 'appoint', actor: 'stalin', region: 'urals' });
    expect(s.contenders.trotsky.profile).toBe(loud + 4);
    expect(s.contenders.stalin.profile).toBe(quiet - 2);
  });
});
