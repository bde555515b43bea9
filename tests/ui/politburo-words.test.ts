// The Politburo's balance as the player reads it (board dialog, board in words): whom a waverer
// votes with once won over, how long his word holds, and how many votes each side commands.
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/sim/index.ts';
import { view } from '../../src/sim/view.ts';
import { WON_OVER_QUARTERS } from '../../src/sim/waverers.ts';
import {
  memberStanding,
  politburoBalance,
  votesWith,
} from '../../src/ui/session/politburo-words.ts';
import { scenario } from '../helpers.ts';

function start1928() {
  const game = createGame(scenario('1928-grain-crisis'), 'words', {
    difficulty: 'historical',
    whatifs: [],
    faction: 'bukharin',
  });
  // The Right has broken with Stalin.
  game.alliances = game.alliances.filter((a) => !a.members.includes('stalin'));
  return game;
}

describe('the Politburo in words', () => {
  it('says a waverer won over votes with his suitor, and until when nobody can win him back', () => {
    const game = start1928();
    expect(memberStanding(view(game, 'bukharin'), 'kalinin')).toMatch(
      /^a client of Stalin; a waverer/,
    );
    game.figures.kalinin.sympathy = 'bukharin';
    game.figures.kalinin.steadyUntil = game.turn + WON_OVER_QUARTERS;
    const mine = memberStanding(view(game, 'bukharin'), 'kalinin');
    expect(mine).toContain('won over by you: votes with you where you and Stalin disagree');
    expect(mine).toMatch(/nobody can win him back before Apr–Jun 1928/);
    expect(votesWith(view(game, 'bukharin'), 'kalinin')).toBe('bukharin');
    // Stalin's side of the same facts.
    expect(memberStanding(view(game, 'stalin'), 'kalinin')).toContain(
      'your client; won over by Bukharin: votes with Bukharin where you and Bukharin disagree',
    );
    // A quarter later his word is no longer fresh.
    game.turn += WON_OVER_QUARTERS;
    expect(memberStanding(view(game, 'bukharin'), 'kalinin')).not.toMatch(/nobody can/);
  });

  it('counts the votes each side commands against the majority needed', () => {
    const game = start1928();
    const n = game.politburo.full.length;
    const need = Math.floor(n / 2) + 1;
    const before = politburoBalance(view(game, 'bukharin'));
    expect(before).toMatch(new RegExp(`^${n} full members vote, ${need} make a majority\\.`));
    expect(before).toMatch(
      /Votes by leader: Stalin 6 \(with [A-Za-z, ]+\); you 1; Rykov 1; Tomsky 1\./,
    );
    expect(before).toMatch(/Stalin commands 6: a majority\.$/);
    // Kalinin and Voroshilov won over: Stalin loses his majority.
    game.figures.kalinin.sympathy = 'bukharin';
    game.figures.voroshilov.sympathy = 'bukharin';
    const after = politburoBalance(view(game, 'bukharin'));
    expect(after).toMatch(/you 3 \(with Kalinin, Voroshilov\)/);
    expect(after).toMatch(/Stalin commands 4: short of a majority\.$/);
  });

  it('before a vote, leaves out the count with allies, which allies do not vote by', () => {
    const game = start1928();
    // Rykov allied with Stalin and Bukharin: supremacy counts them together, a vote does not.
    game.alliances.push({ id: 999, members: ['rykov', 'stalin'], secret: false, since: game.turn });
    const general = politburoBalance(view(game, 'bukharin'));
    expect(general).toMatch(/Counting allies, as supremacy does: \w+ commands \d+/);
    const forVote = politburoBalance(view(game, 'bukharin'), { forVote: true });
    expect(forVote).toMatch(/Votes by leader: Stalin \d/);
    expect(forVote).not.toMatch(/commands|allies/);
  });
});
