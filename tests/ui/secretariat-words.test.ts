// The Secretariat election as the player reads it (the move panel and the board in words): the
// congress quarter warns that its delegates choose the voters, the quarter after says the
// General Secretaryship is open to a vote, and no other quarter says anything.
import { describe, expect, it } from 'vitest';
import { GATHERINGS } from '../../src/content/congresses.ts';
import { quarterOf } from '../../src/sim/calendar.ts';
import { createGame } from '../../src/sim/index.ts';
import { view } from '../../src/sim/view.ts';
import { secretariatNotice } from '../../src/ui/session/secretariat-words.ts';
import { scenario } from '../helpers.ts';

function game1922() {
  return createGame(scenario('1922-full'), 'words', {
    difficulty: 'historical',
    whatifs: [],
    faction: 'trotsky',
  });
}
const twelfth = quarterOf(GATHERINGS.find((g) => g.id === 'congress_12')!.date);

describe('the Secretariat election in words', () => {
  it('is silent in an ordinary quarter', () => {
    const game = game1922();
    expect(secretariatNotice(view(game, 'trotsky'))).toBeNull();
    game.turn = twelfth + 2 - game.startQuarter;
    expect(secretariatNotice(view(game, 'trotsky'))).toBeNull();
  });

  it('warns in the congress quarter that the delegates choose the Central Committee that votes', () => {
    const game = game1922();
    game.turn = twelfth - game.startQuarter;
    expect(secretariatNotice(view(game, 'trotsky'))?.lines.join(' ')).toMatch(
      /^The 12th Party Congress meets at the end of this quarter.*Next quarter that Central Committee elects the Secretariat/,
    );
  });

  it('says the quarter after that the post is open to a vote, with the seats and the next chance', () => {
    const game = game1922();
    game.turn = twelfth + 1 - game.startQuarter;
    game.cc.trotsky = 4;
    game.cc.stalin = 11;
    game.cc.unaligned = 17;
    const notice = secretariatNotice(view(game, 'trotsky'))!;
    expect(notice.title).toBe('The Secretariat election');
    const words = notice.lines.join(' ');
    expect(words).toMatch(/^This quarter only, the new Central Committee elects the Secretariat/);
    expect(words).toContain(
      'While Lenin lives, this is the only way to move the General Secretary.',
    );
    expect(words).toContain('you hold 4, Stalin 11, and 17 follow no leader');
    expect(words).toContain(
      'The next chance comes after the 13th Party Congress, in Jul–Sep 1924.',
    );
    game.figures.lenin.alive = false;
    expect(secretariatNotice(view(game, 'trotsky'))!.lines.join(' ')).not.toContain(
      'While Lenin lives',
    );
  });
});
