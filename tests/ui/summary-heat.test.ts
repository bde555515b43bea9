// The quarter summary tells the player his heat when it moved (censured every quarter, a
// student saw his prestige fall but never the number the Central Committee removes him by),
// and why his health fell when an illness did it.
import { describe, expect, it } from 'vitest';
import { buildBoardModel } from '../../src/ui/board/model.ts';
import { Session } from '../../src/ui/session/session.ts';
import { summarise } from '../../src/ui/session/summary.ts';
import { builtin } from '../content/play.ts';

function board() {
  const session = Session.start({
    scenario: builtin('1922-full'),
    seed: 'summary-heat',
    faction: 'trotsky',
    difficulty: 'historical',
    whatifs: [],
  });
  return { session, before: buildBoardModel(session.context, 'trotsky') };
}

describe('the quarter summary', () => {
  it('says the player\u2019s heat rose, as bad news, with the line it is measured against', () => {
    const { session, before } = board();
    const after = {
      ...before,
      seats: before.seats.map((s) => (s.id === 'trotsky' ? { ...s, heat: s.heat + 10 } : s)),
    };
    const game = session.context.game;
    const heat = summarise(before, after, game, game.turn).changes.find((c) =>
      c.text.startsWith('Your heat'),
    );
    const was = Math.round(before.seats.find((s) => s.id === 'trotsky')!.heat);
    expect(heat?.trend).toBe('down');
    expect(heat?.text).toMatch(
      new RegExp(`^Your heat: ${was} \\u2192 ${was + 10} \\((removal|expulsion) at \\d+`),
    );
  });

  it('says it fell as good news, and says nothing when it did not move', () => {
    const { session, before } = board();
    const game = session.context.game;
    const cooler = {
      ...before,
      seats: before.seats.map((s) => (s.id === 'trotsky' ? { ...s, heat: s.heat - 3 } : s)),
    };
    const fell = summarise(before, cooler, game, game.turn).changes;
    expect(fell.find((c) => c.text.startsWith('Your heat'))?.trend).toBe('up');
    const same = summarise(before, before, game, game.turn).changes;
    expect(same.some((c) => c.text.startsWith('Your heat'))).toBe(false);
  });

  it('says why the player\u2019s health fell when he fell ill', () => {
    const { session, before } = board();
    const game = session.context.game;
    const after = {
      ...before,
      seats: before.seats.map((s) => (s.id === 'trotsky' ? { ...s, health: s.health - 20 } : s)),
    };
    const ill = {
      ...game,
      log: [
        ...game.log,
        {
          turn: game.turn,
          kind: 'health' as const,
          text: 'Trotsky falls ill (health \u221220).',
          outcome: { what: 'illness' as const, contenders: ['trotsky'] as ['trotsky'], loss: 20 },
          actor: 'trotsky' as const,
          cause: 'rule:illness',
        },
      ],
    };
    const health = (g: typeof game) =>
      summarise(before, after, g, game.turn).changes.find((c) => c.text.startsWith('Your health'));
    expect(health(ill)?.text).toMatch(
      /^Your health: \d+ \u2192 \d+\. You fell ill this quarter \(health \u221220\)\.$/,
    );
    expect(health(ill)?.trend).toBe('down');
    // Without an illness nothing is made up.
    expect(health(game)?.text).toMatch(/^Your health: \d+ \u2192 \d+\.$/);
  });
});
