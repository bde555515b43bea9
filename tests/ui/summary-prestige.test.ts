// Prestige fades towards where it rests at every quarter's end (src/sim/resolution.ts), and no
// chronicle line says so: a student saw his prestige slip with no word of why. The quarter
// summary names the fade, worked out from the rule itself.
import { describe, expect, it } from 'vitest';
import { cloneGame } from '../../src/sim/flow.ts';
import { endOfQuarter, PRESTIGE_REST, prestigeFadeInto } from '../../src/sim/resolution.ts';
import { CONTENDERS } from '../../src/sim/ids.ts';
import { buildBoardModel } from '../../src/ui/board/model.ts';
import { Session } from '../../src/ui/session/session.ts';
import { summarise } from '../../src/ui/session/summary.ts';
import { builtin } from '../content/play.ts';

function board() {
  const session = Session.start({
    scenario: builtin('1922-full'),
    seed: 'summary-prestige',
    faction: 'trotsky',
    difficulty: 'historical',
    whatifs: [],
  });
  return { game: session.context.game, before: buildBoardModel(session.context, 'trotsky') };
}

/** The summary's prestige line when the player's prestige went from `from` to `to`. */
function prestigeLine(from: number, to: number): string | undefined {
  const { game, before } = board();
  const at = (p: number) => ({
    ...before,
    seats: before.seats.map((s) => (s.id === 'trotsky' ? { ...s, prestige: p } : s)),
  });
  return summarise(at(from), at(to), game, game.turn).changes.find((c) =>
    c.text.startsWith('Your prestige'),
  )?.text;
}

describe('the fading of prestige', () => {
  it('is read back from the end of a quarter exactly as the rule made it', () => {
    const { game } = board();
    for (const [i, p] of [0, 12.3, 37, 50, 64.9, 88, 100].entries()) {
      const state = cloneGame(game);
      const who = CONTENDERS[i % CONTENDERS.length];
      state.contenders[who].prestige = p;
      endOfQuarter(state);
      const after = state.contenders[who].prestige;
      // To the rule's rounding to tenths.
      expect(Math.abs(prestigeFadeInto(after) - (after - p))).toBeLessThan(0.06);
    }
  });

  it('is named in the quarter summary when it moved the player\u2019s prestige', () => {
    expect(PRESTIGE_REST).toBe(50);
    // 74 fades to 72: the whole change.
    expect(prestigeLine(74, 72)).toBe(
      'Your prestige: 74 \u2192 72. Prestige fades towards 50 each quarter unless you keep it up: \u22122.',
    );
    // Raised by a speech, and by the fade too, a little.
    expect(prestigeLine(26, 34)).toBe(
      'Your prestige: 26 \u2192 34. Prestige fades towards 50 each quarter unless you keep it up: +1.',
    );
    // Near 50 it fades by less than a point: nothing to say.
    expect(prestigeLine(52, 51.8)).toBe('Your prestige: 52 \u2192 52.');
  });
});
