// What each strengthened what-if changes through the rules (issue 8, "switches that matter"):
// each test would fail if the switch went back to changing only an event's words.
import { describe, expect, it } from 'vitest';
import { canAppointIn } from '../../src/sim/actions/apparatus.ts';
import { currentQuarter, quarterOf } from '../../src/sim/calendar.ts';
import { GameDriver } from '../../src/machine/driver.ts';
import { legalActions, nextDecision } from '../../src/sim/index.ts';
import { inTruce, motionOptions } from '../../src/sim/motions.ts';
import { politburoFollowing } from '../../src/sim/scoring.ts';
import type { GameState } from '../../src/sim/types.ts';
import { fired, newGame, playToActions } from './play.ts';

/**
 * Like playToActions, but every contender asked about `event` answers `option` (the first legal
 * action otherwise).
 */
function playAnswering(state: GameState, yyyyMm: string, event: string, option: string) {
  const q = quarterOf(yyyyMm);
  const driver = new GameDriver(state);
  for (let i = 0; i < 50_000; i++) {
    if (currentQuarter(state) === q && state.phase === 'actions') break;
    const d = nextDecision(state);
    if (!d) break;
    const legal = legalActions(state, d.contender);
    const wanted = legal.find(
      (a) => a.type === 'answer' && a.event === event && a.choice === option,
    );
    driver.play(wanted ?? legal[0]);
  }
  driver.stop();
  return state;
}

describe('what-ifs change the game, not only an event\u2019s words', () => {
  it('testament_read_12th: the Politburo can curb Stalin by giving the Orgburo to Zinoviev', () => {
    const on = playAnswering(
      newGame('1922-full', ['testament_read_12th']),
      '1923-04',
      'testament_at_12th_congress',
      'curb',
    );
    const off = playToActions(newGame('1922-full'), '1923-04');
    expect(fired(on, 'testament_at_12th_congress')).toBe(true);
    expect(on.posts.orgburo).toBe('zinoviev');
    // The Orgburo places secretaries anywhere: Zinoviev now builds a network beyond Leningrad.
    expect(canAppointIn(on, 'zinoviev', 'urals')).toBe(true);
    expect(canAppointIn(off, 'zinoviev', 'urals')).toBe(false);
  });

  it('trotsky_at_funeral: a mourning truce, his army staff kept, Moscow to the Left', () => {
    const on = playToActions(newGame('1924-lenin-dies', ['trotsky_at_funeral']), '1924-01');
    const off = playToActions(newGame('1924-lenin-dies'), '1924-01');
    expect(inTruce(on, 'trotsky')).toBe(true);
    expect(inTruce(off, 'trotsky')).toBe(false);
    const charges = (s: GameState) =>
      motionOptions(s, 'stalin').filter((m) => m.kind === 'censure' && m.target === 'trotsky');
    expect(charges(on)).toHaveLength(0);
    expect(charges(off)).toHaveLength(1);
    expect(on.regions.red_army.secretaries.trotsky).toBe(
      (off.regions.red_army.secretaries.trotsky ?? 0) + 1,
    );
    expect(on.regions.moscow.mood).toBeLessThan(off.regions.moscow.mood);
  });

  it('no_war_scare_1927: a calm summer makes Kalinin and Voroshilov Rykov\u2019s men, and no final warning', () => {
    const on = playToActions(newGame('1926-united-opposition', ['no_war_scare_1927']), '1927-07');
    const off = playToActions(newGame('1926-united-opposition'), '1927-07');
    expect(on.figures.kalinin.patron).toBe('rykov');
    expect(on.figures.voroshilov.patron).toBe('rykov');
    expect(on.figures.kalinin.sympathy).toBeNull();
    expect(off.figures.kalinin.patron).toBe('stalin');
    expect(on.flags).not.toContain('opposition_final_warning');
  });

  it('no_war_scare_1927: without the scare the summer plenum cannot give a final warning', () => {
    const on = newGame('1926-united-opposition', ['no_war_scare_1927']);
    // Keep the United Opposition in the Politburo until the summer of 1927.
    const s = playToActions(on, '1927-10');
    if (fired(s, 'joint_plenum_jul_aug_1927')) {
      expect(s.flags).toContain('plenum_without_war_scare');
    }
    expect(s.flags).not.toContain('opposition_final_warning');
    expect(s.flags).not.toContain('clemenceau_thesis');
  });

  it('bukharin_kamenev_1928: the pact makes a bloc of the Right that outvotes Stalin', () => {
    const on = playToActions(newGame('1928-grain-crisis', ['bukharin_kamenev_1928']), '1928-07');
    const off = playToActions(newGame('1928-grain-crisis'), '1928-07');
    const allied = (s: GameState, a: string, b: string) =>
      s.alliances.some((x) => x.members.includes(a as never) && x.members.includes(b as never));
    expect(allied(on, 'stalin', 'rykov')).toBe(false);
    expect(allied(on, 'bukharin', 'rykov')).toBe(true);
    expect(allied(on, 'bukharin', 'tomsky')).toBe(true);
    // Stalin no longer commands a majority of the Politburo.
    expect(politburoFollowing(on, 'stalin') * 2).toBeLessThanOrEqual(on.politburo.full.length);
    expect(politburoFollowing(off, 'stalin') * 2).toBeGreaterThan(off.politburo.full.length);
  });
});
