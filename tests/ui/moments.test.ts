// Falls as moments: a new game's first picture is taken after the first quarter's events that
// ask nobody have run, so its falls are found against the board as the scenario set it.
import { describe, expect, it } from 'vitest';
import { scenarioState } from '../../src/sim/setup.ts';
import { buildBoardModel } from '../../src/ui/board/model.ts';
import { momentsBetween, openingMoments } from '../../src/ui/session/moments.ts';
import { Session } from '../../src/ui/session/session.ts';
import { builtin, editScenario } from '../content/play.ts';

describe('falls in the first quarter of a new game', () => {
  it('are found against the scenario’s board, so they come with the first news', () => {
    // Rykov outside the Politburo: the grain vote does not wait for him, so Trotsky's exile
    // (an event that asks nobody) has happened by the time the player first sees the board.
    const scenario = editScenario('1928-grain-crisis', (s) => {
      s.politburo.full = s.politburo.full.filter((p) => p !== 'rykov');
    });
    const session = Session.start({
      scenario,
      seed: 'moments',
      faction: 'rykov',
      difficulty: 'historical',
      whatifs: [],
    });
    const game = session.context.game;
    expect(game.turn).toBe(0);
    expect(game.contenders.trotsky.status).toBe('exiled');
    // The first picture alone shows no change (this is what the board compared before).
    const first = buildBoardModel(session.context, 'rykov');
    expect(momentsBetween(first, first)).toEqual([]);
    // Against the opening board the exile is a moment of the first quarter.
    expect(session.opening?.contenders.trotsky.status).toBe('expelled');
    const titles = openingMoments(session.opening, session.context, 'rykov').map((m) => m.title);
    expect(titles).toContain('Trotsky is sent into exile');
  });

  it('the opening board is the scenario’s own, and a restored game has none', () => {
    const scenario = builtin('1928-grain-crisis');
    const opening = scenarioState(scenario, 's', {
      difficulty: 'historical',
      whatifs: [],
      faction: 'bukharin',
    });
    expect(opening.contenders.trotsky.status).toBe(scenario.contenders.trotsky.status);
    expect(opening.log).toEqual([]);
    const session = Session.start({
      scenario,
      seed: 's',
      faction: 'bukharin',
      difficulty: 'historical',
      whatifs: [],
    });
    expect(openingMoments(null, session.context, 'bukharin')).toEqual([]);
  });
});

describe('a lost post', () => {
  function boards(heat: number) {
    const session = Session.start({
      scenario: builtin('1922-full'),
      seed: 'lost-post',
      faction: 'trotsky',
      difficulty: 'historical',
      whatifs: [],
    });
    const before = buildBoardModel(session.context, 'trotsky');
    const trotsky = (f: (s: (typeof before.seats)[number]) => object) => ({
      ...before,
      seats: before.seats.map((s) => (s.id === 'trotsky' ? { ...s, ...f(s) } : s)),
    });
    return { before: trotsky(() => ({ heat })), after: trotsky(() => ({ heat, posts: [] })) };
  }

  it('says why when the player\u2019s heat let the Politburo vote it away', () => {
    const { before, after } = boards(49);
    const lost = momentsBetween(before, after).find((m) => m.title.startsWith('You lose'));
    expect(lost?.meaning).toContain(
      'Your heat was 49: from 30, the Politburo can vote your posts to others. Admitting your errors lowers your heat.',
    );
  });

  it('blames no heat when his heat was low (an event took it)', () => {
    const { before, after } = boards(10);
    const lost = momentsBetween(before, after).find((m) => m.title.startsWith('You lose'));
    expect(lost).toBeDefined();
    expect(lost?.meaning).not.toContain('Your heat');
  });
});
