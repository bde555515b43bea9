// The card that answers the player's ballot is coloured by what the count means for him: his
// own censure passing was shown in green as "Passed", like a win.
import { describe, expect, it } from 'vitest';
import type { Ballot, VoteRecord } from '../../src/sim/types.ts';
import { voteTone } from '../../src/ui/session/results.ts';
import { Session } from '../../src/ui/session/session.ts';
import { builtin } from '../content/play.ts';

const game = Session.start({
  scenario: builtin('1922-full'),
  seed: 'vote-tone',
  faction: 'trotsky',
  difficulty: 'historical',
  whatifs: [],
}).context.game;

function vote(spec: VoteRecord['spec'], passed: boolean, trotsky: Ballot['choice']): VoteRecord {
  return {
    id: 1,
    turn: 0,
    body: 'politburo',
    title: 'a motion',
    proposer: 'zinoviev',
    spec,
    ballots: [
      { voter: 'zinoviev', choice: 'yes', weight: 1, reason: 'proposed it' },
      { voter: 'trotsky', choice: trotsky, weight: 1, reason: '' },
    ],
    yes: passed ? 5 : 1,
    no: passed ? 1 : 5,
    passed,
  };
}

describe('the tone of a ballot\u2019s result', () => {
  it('is bad news when a motion against the player passes, however he voted', () => {
    const censure = { kind: 'censure', target: 'trotsky' } as const;
    expect(voteTone(vote(censure, true, 'no'), 'trotsky', game)).toBe('bad');
    expect(voteTone(vote(censure, true, 'abstain'), 'trotsky', game)).toBe('bad');
    expect(voteTone(vote(censure, false, 'no'), 'trotsky', game)).toBe('good');
    // Trotsky is War Commissar: giving his post away is aimed at him too.
    const post = { kind: 'transfer_post', post: 'war_commissar', to: 'stalin' } as const;
    expect(game.posts.war_commissar).toBe('trotsky');
    expect(voteTone(vote(post, true, 'yes'), 'trotsky', game)).toBe('bad');
    const platform = { kind: 'condemn_platform', leader: 'trotsky' } as const;
    expect(voteTone(vote(platform, true, 'no'), 'trotsky', game)).toBe('bad');
  });

  it('otherwise is good when the count went his way, bad when not, neither when he abstained', () => {
    const line = { kind: 'line', axis: 'economy', direction: -1 } as const;
    expect(voteTone(vote(line, true, 'yes'), 'trotsky', game)).toBe('good');
    expect(voteTone(vote(line, false, 'no'), 'trotsky', game)).toBe('good');
    expect(voteTone(vote(line, true, 'no'), 'trotsky', game)).toBe('bad');
    expect(voteTone(vote(line, false, 'abstain'), 'trotsky', game)).toBe('neutral');
  });
});
